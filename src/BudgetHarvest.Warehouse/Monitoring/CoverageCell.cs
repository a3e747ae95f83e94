namespace BudgetHarvest.Warehouse.Monitoring;

/// <summary>What the warehouse holds for one unit and budget year.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">The unit's printed name.</param>
/// <param name="Region">The unit's city, when known.</param>
/// <param name="Year">The budget year, or null for documents whose extraction failed before the year was read.</param>
/// <param name="Fetched">Versions of the year's disclosure fetched and stored (a failed extraction included).</param>
/// <param name="Extracted">Those whose extraction did not fail.</param>
/// <param name="TablesFound">Tables of the latest version, or null when none is usable.</param>
/// <param name="TablesExpected">Tables found plus those its 目录 lists but the PDF lacks.</param>
/// <param name="Status">The latest version's status (<c>ok</c>, <c>warning</c>), or null.</param>
/// <param name="Reviewed">True when a reviewer has looked at the latest version.</param>
public sealed record CoverageCell(long UnitId, string UnitName, string? Region, int? Year, int Fetched, int Extracted, int? TablesFound, int? TablesExpected, string? Status, bool Reviewed);
