namespace BudgetHarvest.Core.Model;

/// <summary>
/// The <c>funding</c> facet of a table: whose money it covers. Templates number and title the same
/// table differently; the facet says what it holds, so analysts can ask for "一般公共预算 spending"
/// across every family.
/// </summary>
public enum FundingSource
{
    /// <summary>Every source (收支总表, 收入总表, 支出总表, 基本支出总表 …).</summary>
    All,
    /// <summary>财政拨款 as a whole (财政拨款收支总表, most 三公 tables).</summary>
    Fiscal,
    /// <summary>一般公共预算.</summary>
    GeneralBudget,
    /// <summary>政府性基金预算.</summary>
    GovFund,
    /// <summary>国有资本经营预算.</summary>
    StateCapital,
}
