using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// Finds the document's tables by <see cref="TableRole"/>: the kind narrows it down and title
/// words settle the tables that share a kind (表1/表4/表9, 表5/表7, 表6/表8). The first table
/// of a role wins when extraction found two.
/// </summary>
public sealed class StandardTables
{
    private const string FiscalWord = "财政拨款";
    private const string GovFundWord = "政府性基金";
    private const string StateCapitalWord = "国有资本";
    private const string BasicWord = "基本支出";
    private const string OverallWord = "整体支出";

    private readonly Dictionary<TableRole, BudgetTable> _byRole = [];

    public StandardTables(BudgetDocument document)
    {
        Year = document.Document.Year;
        foreach (var table in document.Tables)
        {
            if (RoleOf(table) is { } role)
            {
                _byRole.TryAdd(role, table);
            }
        }
    }

    /// <summary>The budget year, which picks this year's line of a table that also prints last year's.</summary>
    public int? Year { get; }

    /// <summary>The table playing a role, or null when the document has none.</summary>
    public BudgetTable? this[TableRole role] => _byRole.GetValueOrDefault(role);

    /// <summary>The role of a table, or null for tables no identity refers to.</summary>
    public static TableRole? RoleOf(BudgetTable table) => table.Kind switch
    {
        TableKind.Summary when table.Title.Contains(GovFundWord, StringComparison.Ordinal) => TableRole.GovFundSummary,
        TableKind.Summary when table.Title.Contains(StateCapitalWord, StringComparison.Ordinal) => null,
        TableKind.Summary when table.Title.Contains(FiscalWord, StringComparison.Ordinal) => TableRole.FiscalSummary,
        TableKind.Summary => TableRole.Summary,
        TableKind.IncomeByUnit => TableRole.IncomeByUnit,
        TableKind.ExpenseByUnit => TableRole.ExpenseByUnit,
        TableKind.FunctionDetail => table.Title.Contains(BasicWord, StringComparison.Ordinal) ? TableRole.BasicFunction : TableRole.GeneralFunction,
        TableKind.EconomicDetail => table.Title.Contains(BasicWord, StringComparison.Ordinal) ? TableRole.BasicEconomic : TableRole.GeneralEconomic,
        TableKind.ProjectList => TableRole.ProjectList,
        TableKind.ThreePublic => TableRole.ThreePublic,
        TableKind.Performance when table.Title.Contains(OverallWord, StringComparison.Ordinal) => TableRole.OverallPerformance,
        _ => null,
    };
}
