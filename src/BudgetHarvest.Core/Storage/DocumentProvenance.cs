namespace BudgetHarvest.Core.Storage;

/// <summary>Where and when a harvested PDF came from, and which configured unit it belongs to.</summary>
/// <param name="SourceUri">The URL or local path the PDF was fetched from.</param>
/// <param name="FetchedAt">When the bytes were fetched.</param>
/// <param name="UnitCode">The unit's code from the seed list, when known.</param>
/// <param name="UnitName">The unit's name from the seed list, when known.</param>
/// <param name="Department">The parent department from the seed list, when known.</param>
/// <param name="Region">The region from the seed list, when known.</param>
/// <param name="ExtractorVersion">The version of the extractor that produced the document, when known.</param>
public sealed record DocumentProvenance(
    string SourceUri,
    DateTimeOffset FetchedAt,
    string? UnitCode = null,
    string? UnitName = null,
    string? Department = null,
    string? Region = null,
    string? ExtractorVersion = null);
