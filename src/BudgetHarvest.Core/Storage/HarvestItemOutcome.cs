namespace BudgetHarvest.Core.Storage;

/// <summary>How one source or document of a harvest run ended, as the job that ended it reports it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="IsSource">True for a source (its documents were discovered, or it failed); false for a document.</param>
/// <param name="Location">The source's or document's URL or path: the item's identity within the run.</param>
/// <param name="Outcome">One of <see cref="HarvestOutcomes"/>.</param>
/// <param name="Code">The failure code of a failed item, else null.</param>
/// <param name="Region">The city (region) of the item's unit, when known.</param>
public sealed record HarvestItemOutcome(string RunId, bool IsSource, string Location, string Outcome, string? Code = null, string? Region = null)
{
    /// <summary>For a source whose documents were found: their locations, which become outstanding items of the run.</summary>
    public IReadOnlyList<string> Discovered { get; init; } = [];
}

/// <summary>The outcomes a harvest run's items end with.</summary>
public static class HarvestOutcomes
{
    /// <summary>A source whose documents were found (they are counted on their own).</summary>
    public const string Discovered = "discovered";

    /// <summary>A document loaded into the warehouse for the first time.</summary>
    public const string New = "new";

    /// <summary>A document already loaded (the same bytes seen before).</summary>
    public const string Unchanged = "unchanged";

    /// <summary>A source or document that failed for good.</summary>
    public const string Failed = "failed";
}
