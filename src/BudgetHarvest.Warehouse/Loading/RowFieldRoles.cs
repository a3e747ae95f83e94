using System.Collections.Frozen;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>Which row fields are money (a budget line each) and which are labels or other texts.</summary>
internal static class RowFieldRoles
{
    private static readonly FrozenSet<string> Money = FrozenSet.Create(StringComparer.Ordinal,
    [
        RowFields.Amount, RowFields.Total, RowFields.Personnel, RowFields.Public, RowFields.Project,
        RowFields.GeneralBudget, RowFields.GeneralBudgetSpecial, RowFields.GovFund, RowFields.StateCapital,
        RowFields.SuperiorSubsidy, RowFields.Business, RowFields.Operating, RowFields.Subsidiary,
        RowFields.FundBalanceUsed, RowFields.Carryover, RowFields.PriorBalance, RowFields.Other,
        RowFields.SuperiorRemit, RowFields.Outbound, RowFields.Reception, RowFields.VehicleTotal,
        RowFields.VehiclePurchase, RowFields.VehicleOperation, RowFields.Meeting, RowFields.Training,
    ]);

    // Quantity is a number but a count, not money; the rest are labels and free text.
    private static readonly FrozenSet<string> NotMoney = FrozenSet.Create(StringComparer.Ordinal,
    [
        RowFields.Quantity, RowFields.Panel, RowFields.Item, RowFields.Parent, RowFields.Code, RowFields.Name,
        RowFields.GovCode, RowFields.GovName, RowFields.Label, RowFields.Description, RowFields.Catalog,
        RowFields.Service, RowFields.Schedule, RowFields.Level1, RowFields.Level2, RowFields.Value,
    ]);

    /// <summary>
    /// A known amount field (even when blank), or a number under a field this build does not know
    /// yet, so a newer extractor's extra column still reaches the fact table.
    /// </summary>
    public static bool IsMoney(string field, object? value) =>
        Money.Contains(field) || (value is decimal && !NotMoney.Contains(field));

    public static RowLabels LabelsOf(TableRow row) => new(
        row.Text(RowFields.Code),
        row.Text(RowFields.Name) ?? row.Text(RowFields.Item),
        row.Text(RowFields.Parent),
        row.Text(RowFields.Panel),
        row.Text(RowFields.GovCode),
        row.Text(RowFields.GovName),
        row.Text(RowFields.Label),
        row.Text(RowFields.Description));
}
