namespace BudgetHarvest.Core.Model;

/// <summary>The <c>spending</c> facet of a table: which spending it covers.</summary>
public enum SpendingScope
{
    /// <summary>All spending.</summary>
    All,
    /// <summary>基本支出 only (基本支出表).</summary>
    Basic,
    /// <summary>项目支出 only (项目支出表).</summary>
    Project,
}
