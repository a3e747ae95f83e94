using BudgetHarvest.Core.Completeness;

namespace BudgetHarvest.Core.Storage;

/// <summary>One stored document as the dashboard lists it: identity, unit, status and review state.</summary>
/// <param name="Sha256">The source PDF's SHA-256: the document's identity.</param>
/// <param name="File">The PDF's file name.</param>
/// <param name="SourceUri">Where the PDF was fetched from, when loaded by the harvester.</param>
/// <param name="UnitName">The unit the document belongs to (the seed list's name when known, else the extracted one).</param>
/// <param name="UnitCode">The unit code, when known.</param>
/// <param name="Region">The city or county, when known.</param>
/// <param name="Year">The budget year, when extracted.</param>
/// <param name="Kind">The disclosure kind as the format names it (<c>unit_budget</c>, <c>department_budget</c>), when extracted.</param>
/// <param name="Status">The most severe issue's level.</param>
/// <param name="IsLatest">Whether this is the version analysts see for its unit, year and kind.</param>
/// <param name="ErrorCount">Issues of error severity.</param>
/// <param name="WarningCount">Issues of warning severity.</param>
/// <param name="BudgetLines">Budget-line facts stored for it.</param>
/// <param name="FetchedAt">When the PDF was fetched, when known.</param>
/// <param name="LoadedAt">When the document was loaded into the warehouse.</param>
/// <param name="ReviewedAt">When a reviewer marked it reviewed, or null.</param>
/// <param name="ReviewedBy">Who marked it reviewed, when given.</param>
/// <param name="Yield">The completeness verdict (<see cref="YieldAssessor"/>).</param>
/// <param name="YieldReason">Why the verdict is not ok, in one sentence.</param>
/// <param name="Tables">Tables found.</param>
/// <param name="TablesExpected">Tables the document should have yielded, when known.</param>
public sealed record DocumentSummary(
    string Sha256,
    string File,
    string? SourceUri,
    string? UnitName,
    string? UnitCode,
    string? Region,
    int? Year,
    string? Kind,
    DocumentStatus Status,
    bool IsLatest,
    int ErrorCount,
    int WarningCount,
    int BudgetLines,
    DateTimeOffset? FetchedAt,
    DateTimeOffset LoadedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewedBy,
    YieldStatus Yield = YieldStatus.Ok,
    string? YieldReason = null,
    int Tables = 0,
    int? TablesExpected = null);
