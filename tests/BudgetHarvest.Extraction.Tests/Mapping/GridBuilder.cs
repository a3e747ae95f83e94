using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>Builds small tables for mapper tests.</summary>
internal static class GridBuilder
{
    public static BudgetTable Table(TableKind kind, params string[][] rows) => new()
    {
        Number = 99,
        Title = "测试表",
        Kind = kind,
        Measure = Measures.WanYuan,
        Grid = [.. rows.Select(r => r.ToList())],
    };
}
