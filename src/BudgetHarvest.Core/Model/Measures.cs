namespace BudgetHarvest.Core.Model;

/// <summary>The units amounts are printed in, and their value in yuan.</summary>
public static class Measures
{
    /// <summary>万元: ten thousand yuan.</summary>
    public const string WanYuan = "万元";

    /// <summary>元: yuan.</summary>
    public const string Yuan = "元";

    /// <summary>How many yuan one printed unit is worth; null for an unknown measure.</summary>
    public static decimal? YuanPerUnit(string? measure) => measure switch
    {
        WanYuan => 10_000m,
        Yuan => 1m,
        _ => null,
    };
}
