namespace BudgetHarvest.Warehouse.Export;

/// <summary>The views analysts query (latest documents only), as created by <c>0004_analyst_views.sql</c>.</summary>
public static class AnalystViews
{
    /// <summary>Every analyst view, in the order they are documented and exported.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "v_documents",
        "v_budget_lines",
        "v_summary",
        "v_income_by_unit",
        "v_expense_by_unit",
        "v_function_detail",
        "v_economic_detail",
        "v_project_list",
        "v_three_public",
        "v_procurement",
        "v_performance",
        "v_issues",
    ];
}
