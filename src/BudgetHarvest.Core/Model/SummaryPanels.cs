namespace BudgetHarvest.Core.Model;

/// <summary>The four side-by-side panels of a summary table (收支总表), as the format names them.</summary>
public static class SummaryPanels
{
    /// <summary>收入 项目.</summary>
    public const string Income = "income";

    /// <summary>支出功能分类科目.</summary>
    public const string Function = "function";

    /// <summary>部门预算支出经济分类科目.</summary>
    public const string DeptEconomic = "dept_economic";

    /// <summary>政府预算支出经济分类科目.</summary>
    public const string GovEconomic = "gov_economic";
}
