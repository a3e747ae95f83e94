using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>The checks shared by the code-hierarchy rules: 合计 = Σ top lines, each line = Σ its lines, per amount column.</summary>
internal static class CodeLinesSum
{
    public static void Check(ValidationContext context, BudgetTable table, CodeTree tree, IReadOnlyList<string> fields, Func<TableRow, string> levelName)
    {
        var columns = fields.Where(f => table.Rows.Exists(r => r.Has(f))).ToList();
        var total = DetailLines.TotalLine(table);
        foreach (var field in columns)
        {
            if (total is not null && tree.Top.Count > 0)
            {
                context.CheckSum(IdentityScope.WithinTable, DetailLines.Figure(table, total, field),
                    [.. tree.Top.Select(r => DetailLines.Figure(table, r, field))], $"the {levelName(tree.Top[0])} lines");
            }

            foreach (var (parent, children) in tree.Groups)
            {
                context.CheckSum(IdentityScope.WithinTable, DetailLines.Figure(table, parent, field),
                    [.. children.Select(r => DetailLines.Figure(table, r, field))], $"its {levelName(children[0])} lines");
            }
        }
    }
}
