namespace BudgetHarvest.Core.Storage;

/// <summary>A harvest source that could not be turned into a document, and why.</summary>
/// <param name="SourceUri">The URL or path that failed.</param>
/// <param name="Code">A stable machine-readable reason, e.g. <c>http_404</c>, <c>not_a_pdf</c>, <c>too_large</c>.</param>
/// <param name="Message">A sentence for the reviewer.</param>
/// <param name="At">When the failure happened.</param>
/// <param name="UnitCode">The unit's code from the seed list, when known.</param>
/// <param name="UnitName">The unit's name from the seed list, when known.</param>
public sealed record SourceFailure(
    string SourceUri,
    string Code,
    string Message,
    DateTimeOffset At,
    string? UnitCode = null,
    string? UnitName = null);
