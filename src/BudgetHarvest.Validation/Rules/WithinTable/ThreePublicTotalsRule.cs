using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In the "三公"经费 table (表12): 公务用车购置及运行维护费 = 购置费 + 运行维护费, and the 合计
/// column = 因公出国（境）费 + 公务接待费 + 公务用车费. Templates differ on whether 合计 also
/// covers 会议费 and 培训费, so a 合计 equal to either sum holds.
/// </summary>
public sealed class ThreePublicTotalsRule : IValidationRule
{
    private static readonly string[] ThreeCosts = [RowFields.Outbound, RowFields.Reception, RowFields.VehicleTotal];
    private static readonly string[] MeetingAndTraining = [RowFields.Meeting, RowFields.Training];
    private static readonly string[] VehicleParts = [RowFields.VehiclePurchase, RowFields.VehicleOperation];

    public string Name => "ThreePublicTotals";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.Kind == TableKind.ThreePublic))
        {
            foreach (var row in table.Rows)
            {
                CheckTotal(context, table, row);
                var vehicleParts = VehicleParts.Where(row.Has).ToList();
                if (row.Has(RowFields.VehicleTotal) && vehicleParts.Count == VehicleParts.Length)
                {
                    context.CheckSum(IdentityScope.WithinTable, ThreePublicLines.Figure(table, row, RowFields.VehicleTotal),
                        [.. vehicleParts.Select(f => ThreePublicLines.Figure(table, row, f) with { Label = ColumnNames.Of(f) })], "购置费 and 运行维护费");
                }
            }
        }
    }

    private static void CheckTotal(ValidationContext context, BudgetTable table, TableRow row)
    {
        if (!row.Has(RowFields.Total) || !ThreeCosts.All(row.Has))
        {
            return;
        }

        var total = ThreePublicLines.Figure(table, row, RowFields.Total);
        var three = ThreeCosts.Select(f => ThreePublicLines.Figure(table, row, f)).ToList();
        var five = three.Concat(MeetingAndTraining.Where(row.Has).Select(f => ThreePublicLines.Figure(table, row, f))).ToList();
        var terms = string.Join(" + ", ThreeCosts.Zip(three, (f, figure) => $"{ColumnNames.Of(f)} {Figure.Format(figure.Amount, null)}"));
        if (total.Value is null && five.All(f => f.Value is null))
        {
            return;
        }

        var threeSum = total.WithValue(three.Sum(f => f.Amount));
        var fiveSum = total.WithValue(five.Sum(f => f.Amount));
        if (!context.Record(IdentityScope.WithinTable, context.Agrees(total, threeSum) || context.Agrees(total, fiveSum)))
        {
            context.Report(IssueCodes.SumMismatch, table.Number,
                $"{total.Where}: {total.Printed} equals neither the three public costs {threeSum.Printed} " +
                $"({terms}) " +
                $"nor those with 会议费 and 培训费 {fiveSum.Printed}.");
        }
    }
}
