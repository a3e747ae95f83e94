using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Loading;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>
/// A reviewer's header → key mapping: a column (a key, or a printed header kept in <c>extra</c>) moves
/// to another key of the table's schema in every row, keeping the field order. A column of amounts
/// only moves to a key of amounts, so the corrected document stays inside budgetharvest/1.
/// </summary>
internal static class ColumnMapping
{
    /// <summary>Whether <paramref name="column"/> names a printed header kept in some row's <c>extra</c>.</summary>
    public static bool IsExtra(BudgetTable table, string column) => table.Rows.Exists(r => r.Extra.Any(e => e.Key == column));

    /// <returns>Why the mapping does not apply, or null when it did.</returns>
    public static string? Apply(BudgetTable table, string? column, string? key, TableChange change)
    {
        if (string.IsNullOrWhiteSpace(column) || string.IsNullOrWhiteSpace(key) || key == RowFields.Extra)
        {
            return "a column mapping needs a column and a row key";
        }

        var kind = FormatNames.Of(table.Kind);
        if (!TableSchemas.Allows(table.Kind, key))
        {
            return $"'{key}' is not a key of the {kind} schema";
        }

        var extra = IsExtra(table, column);
        if ((extra || TableSchemas.IsNumber(table.Kind, column)) && !TableSchemas.IsNumber(table.Kind, key))
        {
            return $"the column '{column}' holds amounts, and '{key}' is not an amount of the {kind} schema";
        }

        var moved = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var fromExtra = row.Extra.Any(e => e.Key == column);
            if (!fromExtra && !row.Has(column))
            {
                continue;
            }

            var copy = new TableRow();
            foreach (var (field, value) in row)
            {
                if (field != key)
                {
                    copy.Set(field == column && !fromExtra ? key : field, value);
                }
            }

            foreach (var (header, value) in row.Extra)
            {
                if (header == column && fromExtra)
                {
                    copy.Set(key, value);
                }
                else
                {
                    copy.SetExtra(header, value);
                }
            }

            table.Rows[r] = copy;
            change.Rows.Add(copy);
            moved++;
        }

        if (moved == 0)
        {
            return $"no row has the column '{column}'";
        }

        if (extra)
        {
            // The column maps to a key now: the note that it did not is no longer true.
            change.Document.Issues.RemoveAll(i => i.Code == IssueCodes.UnmappedColumn && i.Table == table.Number
                && i.Message.Contains($"'{column}'", StringComparison.Ordinal));
        }

        return null;
    }
}
