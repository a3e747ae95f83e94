using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Warehouse.Corrections;

namespace BudgetHarvest.Warehouse.Tests.Corrections;

/// <summary>The pure overlay: each kind of correction on the seed document, targets found as extracted, stale corrections kept and reported.</summary>
public sealed class CorrectionOverlayTests
{
    private static readonly DateTimeOffset Made = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_NoCorrections_ReturnsTheExtractionItself()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);

        var corrected = CorrectionOverlay.Apply(extracted, []);

        Assert.Same(extracted, corrected.Document);
        Assert.Equal(Enumerable.Range(1, extracted.Tables.Count), corrected.ExtractedOrdinals);
        Assert.Empty(corrected.CorrectedTables);
    }

    [Fact]
    public void Apply_RetypeRenumberDrop_ChangesTheCopyNotTheExtraction()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        var before = BudgetJson.Serialize(extracted);

        var corrected = CorrectionOverlay.Apply(extracted,
        [
            Stored(1, extracted, CorrectionAction.DropTable, 1),
            Stored(2, extracted, CorrectionAction.RetypeTable, 10, after: "other"),
            Stored(3, extracted, CorrectionAction.RenumberTable, 12, after: "13"),
        ]);

        Assert.Equal(before, BudgetJson.Serialize(extracted));
        Assert.All(corrected.Corrections, c => Assert.True(c.Applied, c.Problem));
        Assert.Equal(extracted.Tables.Count - 1, corrected.Document.Tables.Count);
        Assert.Equal(Enumerable.Range(2, extracted.Tables.Count - 1), corrected.ExtractedOrdinals);
        var retyped = corrected.Document.Tables[10 - 2];
        Assert.Equal((10, TableKind.Other), (retyped.Number, retyped.Kind));
        Assert.Equal(13, corrected.Document.Tables[12 - 2].Number);
        Assert.Contains(retyped, corrected.CorrectedTables);
        Assert.True(corrected.IsCorrected(retyped, retyped.Rows[0]));
        Assert.Empty(corrected.ReviewNotes);
    }

    [Fact]
    public void Apply_FixCell_SetsTheAmountAndMarksOnlyThatRow()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);

        var corrected = CorrectionOverlay.Apply(extracted, [Stored(1, extracted, CorrectionAction.FixCell, 5, after: "1,234.5", row: 2, field: RowFields.Total)]);

        var table = corrected.Document.Tables[4];
        Assert.Equal(1234.5m, table.Rows[1].Amount(RowFields.Total));
        Assert.NotEqual(1234.5m, extracted.Tables[4].Rows[1].Amount(RowFields.Total));
        Assert.True(corrected.IsCorrected(table, table.Rows[1]));
        Assert.False(corrected.IsCorrected(table, table.Rows[2]));
        Assert.Contains(table, corrected.CorrectedTables);
    }

    [Fact]
    public void Apply_FixCell_NotAnAmount_IsNotApplied()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);

        var corrected = CorrectionOverlay.Apply(extracted, [Stored(1, extracted, CorrectionAction.FixCell, 5, after: "twelve", row: 2, field: RowFields.Total)]);

        Assert.False(Assert.Single(corrected.Corrections).Applied);
        Assert.Equal(extracted.Tables[4].Rows[1].Amount(RowFields.Total), corrected.Document.Tables[4].Rows[1].Amount(RowFields.Total));
    }

    [Fact]
    public void Apply_RowMovedOnReextraction_IsKeptAsNotAppliedWithAWarning()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        var correction = Stored(7, extracted, CorrectionAction.FixCell, 5, after: "1", row: 2, field: RowFields.Total);
        var reextracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        reextracted.Tables[4].Rows.RemoveAt(1);

        var corrected = CorrectionOverlay.Apply(reextracted, [correction]);

        var result = Assert.Single(corrected.Corrections);
        Assert.False(result.Applied);
        Assert.Contains("no longer", result.Problem, StringComparison.Ordinal);
        var issue = Assert.Single(corrected.ReviewNotes, i => i.Code == IssueCodes.CorrectionNotApplied);
        Assert.DoesNotContain(corrected.Document.Issues, i => i.Code == IssueCodes.CorrectionNotApplied);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Contains("#7", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TableGoneOnReextraction_IsKeptAsNotApplied()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        var correction = Stored(1, extracted, CorrectionAction.RetypeTable, 10, after: "other");
        var reextracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        reextracted.Tables.RemoveAt(9);

        var corrected = CorrectionOverlay.Apply(reextracted, [correction]);

        Assert.False(Assert.Single(corrected.Corrections).Applied);
        Assert.DoesNotContain(corrected.Document.Tables, t => t.Kind == TableKind.Other);
        Assert.Single(corrected.ReviewNotes, i => i.Code == IssueCodes.CorrectionNotApplied);
    }

    [Fact]
    public void Apply_TableMovedOnReextraction_IsFoundByNumberAndTitle()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        var correction = Stored(1, extracted, CorrectionAction.RetypeTable, 10, after: "other");
        var reextracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        reextracted.Tables.RemoveAt(0);

        var corrected = CorrectionOverlay.Apply(reextracted, [correction]);

        Assert.True(Assert.Single(corrected.Corrections).Applied);
        Assert.Equal(TableKind.Other, corrected.Document.Tables.Single(t => t.Number == 10).Kind);
    }

    [Fact]
    public void Apply_MapColumn_ExtraHeaderBecomesTheKeyInEveryRowAndItsUnmappedColumnIssueGoes()
    {
        var extracted = WithExtraColumn(CorpusDocuments.One(CorpusDocuments.Baoji), 6, "备用金");

        var corrected = CorrectionOverlay.Apply(extracted, [Stored(1, extracted, CorrectionAction.MapColumn, 6, before: "备用金", after: RowFields.Other)]);

        Assert.True(Assert.Single(corrected.Corrections).Applied);
        Assert.All(corrected.Document.Tables[5].Rows, row =>
        {
            Assert.Empty(row.Extra);
            Assert.Equal(1m, row.Amount(RowFields.Other));
            Assert.True(corrected.IsCorrected(corrected.Document.Tables[5], row));
        });
        Assert.Contains(extracted.Issues, i => i.Code == IssueCodes.UnmappedColumn);
        Assert.DoesNotContain(corrected.Document.Issues, i => i.Code == IssueCodes.UnmappedColumn);
        Assert.Empty(FormatConformance.Problems(corrected.Document));
    }

    [Theory]
    [InlineData(10, "备用金", RowFields.Other)] // project_list has no 'other'
    [InlineData(6, "备用金", RowFields.Name)] // amounts never become a name
    [InlineData(6, RowFields.Total, "vehicle_total")] // a key of another kind
    public void Apply_MapColumn_OutsideTheKindsSchema_IsRefusedAndChangesNothing(int table, string column, string key)
    {
        var extracted = WithExtraColumn(CorpusDocuments.One(CorpusDocuments.Baoji), table, "备用金");

        var corrected = CorrectionOverlay.Apply(extracted, [Stored(1, extracted, CorrectionAction.MapColumn, table, before: column, after: key)]);

        var result = Assert.Single(corrected.Corrections);
        Assert.False(result.Applied);
        Assert.Contains(key, result.Problem, StringComparison.Ordinal);
        Assert.Equal(BudgetJson.Serialize(extracted), BudgetJson.Serialize(corrected.Document));
    }

    [Fact]
    public void Apply_FixCell_ExtraColumn_SetsTheAmountUnderItsHeader()
    {
        var extracted = WithExtraColumn(CorpusDocuments.One(CorpusDocuments.Baoji), 6, "备用金");

        var corrected = CorrectionOverlay.Apply(extracted,
        [
            Stored(1, extracted, CorrectionAction.FixCell, 6, after: "2,500.25", row: 3, field: "备用金"),
            Stored(2, extracted, CorrectionAction.FixCell, 6, after: "many", row: 4, field: "备用金"),
            Stored(3, extracted, CorrectionAction.FixCell, 6, after: "1", row: 4, field: "meeting"),
        ]);

        var table = corrected.Document.Tables[5];
        Assert.Equal(new KeyValuePair<string, decimal?>("备用金", 2500.25m), Assert.Single(table.Rows[2].Extra));
        Assert.True(corrected.IsCorrected(table, table.Rows[2]));
        Assert.Equal([true, false, false], corrected.Corrections.Select(c => c.Applied));
        Assert.Contains("not an amount", corrected.Corrections[1].Problem, StringComparison.Ordinal);
        Assert.Contains("meeting", corrected.Corrections[2].Problem, StringComparison.Ordinal);
        Assert.Empty(FormatConformance.Problems(corrected.Document));
    }

    [Fact]
    public void Build_FixCellOfAnExtraColumn_RecordsTheAmountShownBefore()
    {
        var extracted = WithExtraColumn(CorpusDocuments.One(CorpusDocuments.Baoji), 6, "备用金");

        var (correction, problem) = CorrectionBuilder.Build(new CorrectionRequest(CorrectionAction.FixCell, 6, 2, "备用金", "9", null, "li.wei"), extracted, CorrectionOverlay.Apply(extracted, []), Made);

        Assert.Null(problem);
        Assert.Equal(("备用金", "1"), (correction!.Field, correction.Before));
    }

    [Fact]
    public void Apply_ExclusionsAndVerdicts_TheLastOneHolds()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);

        var corrected = CorrectionOverlay.Apply(extracted,
        [
            Stored(1, extracted, CorrectionAction.ExcludeDocument, null, after: "duplicate"),
            Stored(2, extracted, CorrectionAction.RecordVerdict, null, after: "unusable", note: "first look"),
            Stored(3, extracted, CorrectionAction.ExcludeDocument, null, after: "final_accounts"),
            Stored(4, extracted, CorrectionAction.RecordVerdict, null, after: "partial", note: "表6 is wrong"),
        ]);

        Assert.Equal(ExclusionReason.FinalAccounts, corrected.Excluded);
        Assert.Equal((ReviewVerdict.Partial, "表6 is wrong"), corrected.Verdict);
    }

    [Fact]
    public void Build_TableShownAfterADroppedOne_TargetsItsExtractedPosition()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        var current = CorrectionOverlay.Apply(extracted, [Stored(1, extracted, CorrectionAction.DropTable, 1)]);

        var (correction, problem) = CorrectionBuilder.Build(new CorrectionRequest(CorrectionAction.FixCell, 4, 2, RowFields.Total, "9", null, "li.wei"), extracted, current, Made);

        Assert.Null(problem);
        Assert.Equal(new TableTarget(5, 5, extracted.Tables[4].Title), correction!.Table);
        Assert.Equal(extracted.Tables[4].Rows[1].Text(RowFields.Total), correction.Before);
        Assert.Equal(RowIdentity.Of(extracted.Tables[4].Rows[1]), correction.RowLabel);
        Assert.Equal("li.wei", correction.Author);
    }

    [Fact]
    public void Build_NoSuchTable_SaysSo()
    {
        var extracted = CorpusDocuments.One(CorpusDocuments.Baoji);

        var (correction, problem) = CorrectionBuilder.Build(new CorrectionRequest(CorrectionAction.DropTable, 99, null, null, null, null, null), extracted, CorrectionOverlay.Apply(extracted, []), Made);

        Assert.Null(correction);
        Assert.Contains("99", problem, StringComparison.Ordinal);
    }

    /// <summary>The document with a printed column no key was found for in every row of a table, and its unmapped_column issue, as extraction gives them.</summary>
    private static BudgetDocument WithExtraColumn(BudgetDocument document, int table, string header)
    {
        var target = document.Tables[table - 1];
        foreach (var row in target.Rows)
        {
            row.SetExtra(header, 1m);
        }

        document.Issues.Add(ExtractionIssue.Create(IssueCodes.UnmappedColumn, IssueSeverity.Info,
            $"表{target.Number} ({target.Title}): amount column '{header}' maps to no field; its values are kept in extra.", target.Number));
        return document;
    }

    private static StoredCorrection Stored(long id, BudgetDocument extracted, CorrectionAction action, int? table, string? after = null, string? before = null, int? row = null, string? field = null, string? note = null)
    {
        var target = table is { } t ? new TableTarget(t, extracted.Tables[t - 1].Number, extracted.Tables[t - 1].Title) : null;
        var label = row is { } r && table is { } tt ? RowIdentity.Of(extracted.Tables[tt - 1].Rows[r - 1]) : null;
        return new StoredCorrection(id, new DocumentCorrection
        {
            Sha256 = extracted.Source.Sha256,
            Action = action,
            Table = target,
            Row = row,
            RowLabel = label,
            Field = field,
            Before = before,
            After = after,
            Note = note,
            Author = "li.wei",
            MadeAt = Made,
        }, true, null);
    }
}
