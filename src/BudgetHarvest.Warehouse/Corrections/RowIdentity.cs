using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Loading;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>What names a row to a reviewer (its code, name, label and panel), recorded with a cell's correction so a row that moved is noticed.</summary>
internal static class RowIdentity
{
    public static string Of(TableRow row)
    {
        var labels = RowFieldRoles.LabelsOf(row);
        return string.Join(" | ", new[] { labels.Panel, labels.Code, labels.Name, labels.Label }.Where(l => !string.IsNullOrEmpty(l)));
    }
}
