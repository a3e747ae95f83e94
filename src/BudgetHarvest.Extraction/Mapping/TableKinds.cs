using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>The format's snake_case names of <see cref="TableKind"/> (as in <c>"kind": "function_detail"</c>).</summary>
public static class TableKinds
{
    private static readonly Dictionary<string, TableKind> ByName = new(StringComparer.Ordinal)
    {
        ["summary"] = TableKind.Summary,
        ["income_by_unit"] = TableKind.IncomeByUnit,
        ["expense_by_unit"] = TableKind.ExpenseByUnit,
        ["function_detail"] = TableKind.FunctionDetail,
        ["economic_detail"] = TableKind.EconomicDetail,
        ["project_list"] = TableKind.ProjectList,
        ["procurement"] = TableKind.Procurement,
        ["three_public"] = TableKind.ThreePublic,
        ["performance"] = TableKind.Performance,
        ["other"] = TableKind.Other,
    };

    /// <summary>The kind of a format name.</summary>
    /// <exception cref="ArgumentException">Not a kind of the format.</exception>
    public static TableKind Parse(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : throw new ArgumentException($"Unknown table kind '{name}'.", nameof(name));

    /// <summary>The format name of a kind.</summary>
    public static string Name(TableKind kind) => ByName.First(p => p.Value == kind).Key;
}
