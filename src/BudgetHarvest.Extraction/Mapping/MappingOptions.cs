namespace BudgetHarvest.Extraction.Mapping;

/// <summary>Tunables of the grid → rows stage.</summary>
public sealed class MappingOptions
{
    /// <summary>The defaults.</summary>
    public static MappingOptions Default { get; } = new();

    /// <summary>
    /// Rounding allowed per member of an identity (whole = Σ parts) before it counts as broken:
    /// amounts are printed to the cent, each rounded on its own.
    /// </summary>
    public decimal SumTolerance { get; init; } = 0.011m;

    /// <summary>
    /// Steps the search for a summary panel's nesting may take before the flat reading is kept: a
    /// 60-line panel of three unmarked levels (湖州) nests in about 16,000; the bound, a few
    /// milliseconds of work, keeps a pathological panel fast.
    /// </summary>
    public int NestingSearchSteps { get; init; } = 200_000;

    /// <summary>
    /// Most fields of one identity the header referee infers at once from a run of adjacent columns under no
    /// heading (公务用车 小计 | 购置费 | 运行维护费 is three); longer runs of unheaded figures stay in <c>extra</c>.
    /// </summary>
    public int MaxInferredRun { get; init; } = 3;
}
