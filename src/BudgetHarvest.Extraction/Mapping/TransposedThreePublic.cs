using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping.Headers;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// A 三公 table printed transposed: its lines are the items (行政经费, “三公”经费, （一）因公出国（境）支出 …)
/// and its columns the sources of funds (合计, 一般公共预算 …). Each amount column becomes one row,
/// labelled by its heading, whose fields are named by the line labels; a line no field names keeps
/// its amount in the row's <c>extra</c>.
/// </summary>
internal static class TransposedThreePublic
{
    /// <summary>Fewest distinct fields the line labels must name for the table to read as transposed.</summary>
    private const int MinItemFields = 3;

    /// <summary>The rows of a transposed table, or null when the lines are not items.</summary>
    public static List<TableRow>? TryMap(IReadOnlyList<IReadOnlyList<string>> lines, IReadOnlyList<HeaderColumn> columns, ColumnSynonyms synonyms, CellReader reader)
    {
        var labelColumn = columns.FirstOrDefault(c => !AmountColumns.IsAmount(lines, c.Index) && lines.Any(l => LabelText.Compact(CellReader.Cell(l, c.Index)).Length > 0));
        if (labelColumn is null)
        {
            return null;
        }

        var items = lines.Select(l => (Line: l, Label: CellReader.Cell(l, labelColumn.Index))).ToList();
        var fields = items.Select(i => FieldOf(i.Label, synonyms)).ToList();
        if (fields.Where(f => f is not null).Distinct().Count() < MinItemFields)
        {
            return null;
        }

        var rows = new List<TableRow>();
        foreach (var column in columns.Where(c => c.Index != labelColumn.Index && AmountColumns.IsAmount(lines, c.Index)))
        {
            var label = column.Path.Length > 0 ? column.Path : null;
            var row = new TableRow().Set(RowFields.Label, label).Set(RowFields.Code, null).Set(RowFields.Name, null);
            for (var i = 0; i < items.Count; i++)
            {
                var cell = CellReader.Cell(items[i].Line, column.Index);
                var itemLabel = CellReader.Label(items[i].Label);
                if (itemLabel is null)
                {
                    continue;
                }

                var amount = reader.Amount(cell, itemLabel, fields[i] ?? itemLabel);
                if (fields[i] is { } field && !row.Any(f => f.Key == field))
                {
                    row.Set(field, amount);
                }
                else
                {
                    row.SetExtra(itemLabel, amount);
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string? FieldOf(string label, ColumnSynonyms synonyms)
    {
        var field = synonyms.FieldFor(TableKind.ThreePublic, label) ?? synonyms.FieldByFragments(TableKind.ThreePublic, LabelText.Normalize(label));
        return field is not null && FieldTypes.IsAmount(field) ? field : null;
    }
}
