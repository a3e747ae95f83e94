using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>The printed column heading of each amount field, so a message names the column a reviewer sees.</summary>
public static class ColumnNames
{
    private static readonly Dictionary<string, string> Printed = new(StringComparer.Ordinal)
    {
        [RowFields.Total] = "合计",
        [RowFields.Amount] = "金额",
        [RowFields.Personnel] = "人员经费",
        [RowFields.Public] = "公用经费",
        [RowFields.Project] = "专项业务经费",
        [RowFields.GeneralBudget] = "一般公共预算拨款",
        [RowFields.GeneralBudgetSpecial] = "其中：专项资金列入部门预算的项目",
        [RowFields.GovFund] = "政府性基金拨款",
        [RowFields.StateCapital] = "国有资本经营预算",
        [RowFields.SuperiorSubsidy] = "上级补助收入",
        [RowFields.Business] = "事业收入",
        [RowFields.Operating] = "事业单位经营收支",
        [RowFields.Subsidiary] = "附属单位收支",
        [RowFields.FundBalanceUsed] = "用事业基金弥补收支差额",
        [RowFields.Carryover] = "上年结转",
        [RowFields.PriorBalance] = "上年实户资金余额",
        [RowFields.Other] = "其他收入",
        [RowFields.SuperiorRemit] = "上缴上级支出",
        [RowFields.Outbound] = "因公出国（境）费",
        [RowFields.Reception] = "公务接待费",
        [RowFields.VehicleTotal] = "公务用车购置及运行维护费",
        [RowFields.VehiclePurchase] = "公务用车购置费",
        [RowFields.VehicleOperation] = "公务用车运行维护费",
        [RowFields.Meeting] = "会议费",
        [RowFields.Training] = "培训费",
    };

    /// <summary>The heading printed for a field, or the field name when it has none.</summary>
    public static string Of(string field) => Printed.GetValueOrDefault(field, field);
}
