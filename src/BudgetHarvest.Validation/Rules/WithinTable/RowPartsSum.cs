using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>The check shared by the row-split rules: a row's 合计 = Σ the columns it splits into.</summary>
internal static class RowPartsSum
{
    public static void Check(ValidationContext context, BudgetTable table, TableRow row, IReadOnlyList<string> partFields, string partsName)
    {
        var present = partFields.Where(row.Has).ToList();
        if (!row.Has(RowFields.Total) || present.Count == 0)
        {
            return;
        }

        context.CheckSum(IdentityScope.WithinTable, DetailLines.Figure(table, row, RowFields.Total),
            [.. present.Select(f => DetailLines.Figure(table, row, f) with { Label = ColumnNames.Of(f) })], partsName);
    }
}
