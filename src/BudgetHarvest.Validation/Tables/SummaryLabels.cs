namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// The labels of summary-table lines the identities refer to, as data: every spelling the
/// templates print for one line (normalized: no enumerator, no whitespace).
/// </summary>
public static class SummaryLabels
{
    /// <summary>本年收入合计 / 本年支出合计: the panel's total of the year's lines.</summary>
    public static readonly string[] YearTotal = ["本年收入合计", "本年支出合计", "收入合计", "支出合计", "本年合计"];

    /// <summary>收入总计 / 支出总计: the year's total and the balances carried in or out.</summary>
    public static readonly string[] GrandTotal = ["收入总计", "支出总计", "总计"];

    /// <summary>Balance lines between the year's total and the grand total, which add up to the latter.</summary>
    public static readonly string[] Balance =
    [
        "用事业基金弥补收支差额", "使用非财政拨款结余", "上年实户资金余额", "上年结转", "上年结余", "上年结余、结转", "上年结转结余",
        "结转下年", "年末结转和结余", "未安排支出的实户资金",
    ];

    /// <summary>
    /// Headings that some templates print above the real top line with the same figure (表4's
    /// "一、财政拨款" over "一、部门预算"): a restatement, not one more line to add.
    /// </summary>
    public static readonly string[] FundingHeading = ["部门预算", "财政拨款", "一般公共预算拨款", "政府性基金拨款", "一般公共预算", "政府性基金预算"];

    /// <summary>财政拨款: all fiscal appropriation.</summary>
    public static readonly string[] FiscalAppropriation = ["财政拨款", "财政拨款收入"];

    /// <summary>一般公共预算拨款.</summary>
    public static readonly string[] GeneralBudget = ["一般公共预算拨款", "一般公共预算拨款收入", "公共预算拨款", "一般公共预算"];

    /// <summary>政府性基金拨款.</summary>
    public static readonly string[] GovFund = ["政府性基金拨款", "政府性基金拨款收入", "政府性基金预算拨款", "政府性基金"];

    /// <summary>国有资本经营预算收入.</summary>
    public static readonly string[] StateCapital = ["国有资本经营预算收入", "国有资本经营预算拨款", "国有资本经营预算"];

    /// <summary>事业收入.</summary>
    public static readonly string[] Business = ["事业收入"];

    /// <summary>人员经费和公用经费支出: basic spending in the 部门预算支出经济分类 panel.</summary>
    public static readonly string[] BasicSpending = ["人员经费和公用经费支出", "人员经费和公用经费", "基本支出"];

    /// <summary>专项业务经费支出: project spending in the 部门预算支出经济分类 panel.</summary>
    public static readonly string[] ProjectSpending = ["专项业务经费支出", "专项业务经费", "项目支出"];
}
