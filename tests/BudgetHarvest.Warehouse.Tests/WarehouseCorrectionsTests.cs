using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// The corrections overlay on either backend: a correction is in the facts at once, flagged
/// <c>corrected</c>; it survives a re-extraction of the same SHA-256; an excluded document leaves the
/// analyst views; a correction whose table is gone is kept and reported.
/// </summary>
public abstract class WarehouseCorrectionsTests : WarehouseTestBase
{
    private const string Reviewer = "li.wei";

    [WarehouseFact]
    public async Task CorrectAsync_FixCell_TheLineHoldsTheNewAmountAndIsFlagged()
    {
        var document = await LoadSeedAsync();

        var result = await Warehouse.CorrectAsync(document.Source.Sha256, new CorrectionRequest(CorrectionAction.FixCell, 5, 2, RowFields.Total, "321.5", "misread", Reviewer));

        Assert.Equal(CorrectionOutcome.Applied, result.Outcome);
        Assert.Equal(3_215_000m, Convert.ToDecimal(await ScalarAsync("SELECT amount_yuan FROM budget_lines WHERE table_ordinal = 5 AND row_number = 2 AND column_key = 'total'")));
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM budget_lines WHERE corrected"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM document_tables WHERE corrected"));
        Assert.Equal(321.5m, (await Warehouse.GetDocumentAsync(document.Source.Sha256))!.Tables[4].Rows[1].Amount(RowFields.Total));
        var stored = Assert.Single((await Warehouse.GetCorrectionsAsync(document.Source.Sha256))!.Corrections);
        Assert.Equal((CorrectionAction.FixCell, "321.5", Reviewer, true), (stored.Correction.Action, stored.Correction.After, stored.Correction.Author, stored.Applied));
        Assert.Equal(document.Tables[4].Rows[1].Text(RowFields.Total), stored.Correction.Before);
    }

    [WarehouseFact]
    public async Task ReplaceAsync_AfterCorrections_ReappliesThem()
    {
        var document = await LoadSeedAsync();
        var sha256 = document.Source.Sha256;
        await Warehouse.MarkReviewedAsync(sha256, Reviewer);
        await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.RetypeTable, 10, null, null, "other", null, Reviewer));
        await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.FixCell, 5, 2, RowFields.Total, "321.5", null, Reviewer));
        await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.DropTable, 1, null, null, null, null, Reviewer));
        Assert.NotNull((await Warehouse.FindDocumentAsync(sha256))!.ReviewedAt);

        var result = await Warehouse.ReplaceAsync(CorpusDocuments.One(CorpusDocuments.Baoji));

        Assert.Equal(LoadOutcome.Replaced, result.Outcome);
        Assert.Equal(document.Tables.Count - 1, await CountAsync("SELECT count(*) FROM document_tables"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM document_tables WHERE table_number = 10 AND table_kind = 'other' AND corrected"));
        Assert.Equal(3_215_000m, Convert.ToDecimal(await ScalarAsync("SELECT amount_yuan FROM budget_lines WHERE table_number = 5 AND row_number = 2 AND column_key = 'total'")));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM document_tables WHERE table_number = 1"));
        Assert.All((await Warehouse.GetCorrectionsAsync(sha256))!.Corrections, c => Assert.True(c.Applied, c.Problem));
        Assert.DoesNotContain(await Warehouse.ListIssuesAsync(sha256), i => i.Issue.Code == IssueCodes.CorrectionNotApplied);
    }

    [WarehouseFact]
    public async Task ReplaceAsync_CorrectedTableGone_KeepsTheCorrectionAndReportsIt()
    {
        var document = await LoadSeedAsync();
        await Warehouse.CorrectAsync(document.Source.Sha256, new CorrectionRequest(CorrectionAction.RenumberTable, 10, null, null, "20", null, Reviewer));
        var reextracted = CorpusDocuments.One(CorpusDocuments.Baoji);
        reextracted.Tables.RemoveAt(9);

        await Warehouse.ReplaceAsync(reextracted);

        var correction = Assert.Single((await Warehouse.GetCorrectionsAsync(document.Source.Sha256))!.Corrections);
        Assert.False(correction.Applied);
        Assert.Contains("no longer extracted", correction.Problem, StringComparison.Ordinal);
        Assert.Contains(await Warehouse.ListIssuesAsync(document.Source.Sha256), i => i.Issue.Code == IssueCodes.CorrectionNotApplied);
        Assert.Equal(DocumentStatus.Warning, (await Warehouse.FindDocumentAsync(document.Source.Sha256))!.Status);
    }

    [WarehouseFact]
    public async Task CorrectAsync_ExcludeDocument_LeavesTheAnalystViewsUntilIncludedAgain()
    {
        var document = await LoadSeedAsync();
        var sha256 = document.Source.Sha256;
        var lines = await CountAsync("SELECT count(*) FROM v_budget_lines");

        await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.ExcludeDocument, null, null, null, "final_accounts", "决算, not 预算", Reviewer));
        var excluded = (await CountAsync("SELECT count(*) FROM v_documents"), await CountAsync("SELECT count(*) FROM v_budget_lines"));
        var state = await Warehouse.GetCorrectionsAsync(sha256);
        await Warehouse.ReplaceAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        var afterRetry = await CountAsync("SELECT count(*) FROM v_documents");
        await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.ExcludeDocument, null, null, null, "", null, Reviewer));

        Assert.True(lines > 0);
        Assert.Equal((0L, 0L), excluded);
        Assert.Equal(ExclusionReason.FinalAccounts, state!.Excluded);
        Assert.Equal(0, afterRetry);
        Assert.Equal(lines, await CountAsync("SELECT count(*) FROM v_budget_lines"));
    }

    [WarehouseFact]
    public async Task CorrectAsync_Verdict_IsStoredWithItsNote()
    {
        var document = await LoadSeedAsync();

        await Warehouse.CorrectAsync(document.Source.Sha256, new CorrectionRequest(CorrectionAction.RecordVerdict, null, null, null, "partial", "表6 misses a row", Reviewer));

        var state = await Warehouse.GetCorrectionsAsync(document.Source.Sha256);
        Assert.Equal((ReviewVerdict.Partial, "表6 misses a row"), (state!.Verdict, state.VerdictNote));
    }

    [WarehouseFact]
    public async Task CorrectAsync_NothingItNames_IsRefusedAndNotStored()
    {
        var document = await LoadSeedAsync();
        var sha256 = document.Source.Sha256;

        var noTable = await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.DropTable, 99, null, null, null, null, Reviewer));
        var badKind = await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.RetypeTable, 1, null, null, "balance_sheet", null, Reviewer));
        var noColumn = await Warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.MapColumn, 5, null, "备用金", RowFields.Other, null, Reviewer));
        var missing = await Warehouse.CorrectAsync(new string('c', 64), new CorrectionRequest(CorrectionAction.DropTable, 1, null, null, null, null, Reviewer));

        Assert.Equal([CorrectionOutcome.Refused, CorrectionOutcome.Refused, CorrectionOutcome.Refused], new[] { noTable.Outcome, badKind.Outcome, noColumn.Outcome });
        Assert.Equal(CorrectionOutcome.NotFound, missing.Outcome);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM corrections"));
    }

    private async Task<BudgetDocument> LoadSeedAsync()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(document, new DocumentProvenance("https://example.gov.cn/a.pdf", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), UnitCode: "621002", UnitName: "宝鸡市大数据管理中心"));
        return document;
    }

    private async Task<object?> ScalarAsync(string sql) => (await RowsAsync(sql)).Single()[0];
}

public sealed class DuckDbWarehouseCorrectionsTests : WarehouseCorrectionsTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseCorrectionsTests(PostgresDatabaseFixture database) : WarehouseCorrectionsTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}
