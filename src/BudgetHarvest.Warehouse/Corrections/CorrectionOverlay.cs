using System.Globalization;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Warehouse.Loading;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>
/// Applies reviewers' corrections to an extraction, in the order they were made. Pure: the
/// extraction is copied, never changed. Targets are found in the extraction as extracted (before any
/// correction), so dropping or renumbering one table never moves another correction's target. A
/// re-typed table is mapped again from its grid as its new kind (by the <see cref="CorrectionStages"/>'
/// mapping stage), and a document whose tables a correction changed is validated again. A correction
/// whose target is gone is kept, reported as not applied, and raises a
/// <see cref="IssueCodes.CorrectionNotApplied"/> review note (never an issue of the document).
/// </summary>
internal static class CorrectionOverlay
{
    public static CorrectedDocument Apply(BudgetDocument extracted, IReadOnlyList<StoredCorrection> corrections, CorrectionStages? stages = null)
    {
        stages ??= CorrectionStages.None;
        var tables = new HashSet<BudgetTable>(ReferenceEqualityComparer.Instance);
        var relabelled = new HashSet<BudgetTable>(ReferenceEqualityComparer.Instance);
        var rows = new HashSet<TableRow>(ReferenceEqualityComparer.Instance);
        if (corrections.Count == 0)
        {
            return new CorrectedDocument(extracted, [], tables, rows, relabelled, [.. Enumerable.Range(1, extracted.Tables.Count)]);
        }

        var document = BudgetJson.Deserialize(BudgetJson.Serialize(extracted));
        var asExtracted = document.Tables.ToList();
        var dropped = new HashSet<BudgetTable>(ReferenceEqualityComparer.Instance);
        var results = new List<StoredCorrection>(corrections.Count);
        var notes = new List<ExtractionIssue>();
        var change = new TableChange(document, stages, tables, relabelled, rows, dropped);
        ExclusionReason? excluded = null;
        (ReviewVerdict, string?)? verdict = null;

        foreach (var stored in corrections.OrderBy(c => c.Id))
        {
            var correction = stored.Correction;
            var problem = correction.Action switch
            {
                CorrectionAction.ExcludeDocument => Parse(correction.After, out ExclusionReason? reason, allowEmpty: true) is { } p ? p : Set(() => excluded = reason),
                CorrectionAction.RecordVerdict => Parse(correction.After, out ReviewVerdict? v, allowEmpty: false) is { } p ? p : Set(() => verdict = (v!.Value, correction.Note)),
                _ => Find(asExtracted, correction.Table) is not { } table
                    ? $"table {Describe(correction.Table)} is no longer extracted"
                    : dropped.Contains(table) ? $"table {Describe(correction.Table)} was dropped by an earlier correction"
                    : ApplyToTable(table, correction, change),
            };
            results.Add(stored with { Applied = problem is null, Problem = problem });
            if (problem is not null)
            {
                notes.Add(new ExtractionIssue
                {
                    Code = IssueCodes.CorrectionNotApplied,
                    Severity = IssueSeverity.Warning,
                    Table = correction.Table?.Number,
                    Message = $"The correction #{stored.Id} ({FormatNames.Of(correction.Action)} by {correction.Author ?? "a reviewer"}) no longer applies: {problem}.",
                });
            }
        }

        var ordinals = new List<int>();
        for (var i = 0; i < asExtracted.Count; i++)
        {
            if (!dropped.Contains(asExtracted[i]))
            {
                ordinals.Add(i + 1);
            }
        }

        document.Tables.RemoveAll(dropped.Contains);
        if ((tables.Count > 0 || dropped.Count > 0) && stages.Validator is { } validator && !extracted.HasErrors)
        {
            // The figures changed: what the validation stage said of the extraction is replaced by what it says now.
            IssueReplacement.Replace(document.Issues, validator.Validate(extracted), validator.Validate(document));
        }

        return new CorrectedDocument(document, results, tables, rows, relabelled, ordinals) { Excluded = excluded, Verdict = verdict, ReviewNotes = notes };
    }

    /// <summary>The table a target names: at its position when that table still has its number and title, else the first that has them.</summary>
    public static BudgetTable? Find(IReadOnlyList<BudgetTable> tables, TableTarget? target)
    {
        if (target is null)
        {
            return null;
        }

        bool Same(BudgetTable t) => t.Number == target.Number && t.Title == target.Title;
        return target.Ordinal >= 1 && target.Ordinal <= tables.Count && Same(tables[target.Ordinal - 1])
            ? tables[target.Ordinal - 1]
            : tables.FirstOrDefault(Same);
    }

    private static string? ApplyToTable(BudgetTable table, DocumentCorrection correction, TableChange change)
    {
        string? problem;
        switch (correction.Action)
        {
            case CorrectionAction.RetypeTable:
                problem = Parse(correction.After, out TableKind? kind, allowEmpty: false);
                if (problem is null)
                {
                    Retype(table, kind!.Value, change);
                }

                break;
            case CorrectionAction.RenumberTable:
                problem = ParseNumber(correction.After, out var number);
                if (problem is null)
                {
                    table.Number = number;
                    change.Relabelled.Add(table);
                }

                break;
            case CorrectionAction.DropTable:
                change.Dropped.Add(table);
                return null;
            case CorrectionAction.MapColumn:
                problem = ColumnMapping.Apply(table, correction.Before, correction.After, change);
                break;
            case CorrectionAction.FixCell:
                problem = FixCell(table, correction, change.Rows);
                break;
            default:
                return $"{correction.Action} is not a table correction";
        }

        if (problem is null)
        {
            change.Tables.Add(table);
        }

        return problem;
    }

    /// <summary>
    /// Makes the table one of <paramref name="kind"/>: mapped again from its grid, facets and issues
    /// included, when the mapping stage is there; its kind alone otherwise.
    /// </summary>
    private static void Retype(BudgetTable table, TableKind kind, TableChange change)
    {
        if (change.Stages.Remapper is { } remapper)
        {
            var before = remapper.MappingIssues(table);
            IssueReplacement.Replace(change.Document.Issues, before, remapper.Remap(table, kind));
        }
        else
        {
            table.Kind = kind;
        }

        change.Relabelled.Add(table);
    }

    private static string? FixCell(BudgetTable table, DocumentCorrection correction, HashSet<TableRow> rows)
    {
        if (correction.Row is not { } number || number < 1 || number > table.Rows.Count)
        {
            return $"row {correction.Row} is not in the table";
        }

        var row = table.Rows[number - 1];
        if (correction.RowLabel is { } label && RowIdentity.Of(row) != label)
        {
            return $"row {number} is no longer '{label}'";
        }

        if (string.IsNullOrWhiteSpace(correction.Field) || correction.Field == RowFields.Extra)
        {
            return "a cell correction needs a row key or an extra column's header";
        }

        var field = correction.Field;
        if (ColumnMapping.IsExtra(table, field))
        {
            // A printed column kept in extra: its cells are amounts, whatever the header says.
            if (CellValue(number: true, correction.After, out var amount) is { } wrong)
            {
                return wrong;
            }

            row.SetExtra(field, (decimal?)amount);
            rows.Add(row);
            return null;
        }

        if (!TableSchemas.Allows(table.Kind, field))
        {
            return $"'{field}' is neither a key of the {FormatNames.Of(table.Kind)} schema nor a column kept in extra";
        }

        if (CellValue(TableSchemas.IsNumber(table.Kind, field), correction.After, out var value) is { } problem)
        {
            return problem;
        }

        row.Set(field, value);
        rows.Add(row);
        return null;
    }

    /// <summary>The typed value of a cell: blank is null; a field of numbers (an amount, a quantity, an extra column) takes a number; others take text.</summary>
    public static string? CellValue(bool number, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (!number)
        {
            value = text;
            return null;
        }

        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            value = amount;
            return null;
        }

        return $"'{text}' is not an amount";
    }

    private static string? ParseNumber(string? text, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            number = n;
            return null;
        }

        return $"'{text}' is not a table number";
    }

    private static string? Parse<TEnum>(string? name, out TEnum? value, bool allowEmpty)
        where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return allowEmpty ? null : $"no {typeof(TEnum).Name} was given";
        }

        try
        {
            value = FormatNames.Parse<TEnum>(name.Trim());
            return null;
        }
        catch (FormatException e)
        {
            return e.Message.TrimEnd('.');
        }
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    private static string Describe(TableTarget? target) =>
        target is null ? "(none)" : $"{(target.Number is { } n ? $"表{n} " : "")}'{target.Title}' (#{target.Ordinal})";
}
