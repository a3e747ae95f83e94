using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>Tunables of <see cref="GridReferee"/>.</summary>
internal sealed record GridRefereeOptions
{
    /// <summary>Most candidate readings mapped per table, so a wide table cannot make extraction slow.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>The rounding the identities allow (shared with the header referee).</summary>
    public MappingOptions Mapping { get; init; } = MappingOptions.Default;
}
