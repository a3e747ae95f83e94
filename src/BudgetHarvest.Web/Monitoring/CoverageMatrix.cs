using BudgetHarvest.Warehouse.Monitoring;

namespace BudgetHarvest.Web.Monitoring;

/// <summary>One unit's row of the coverage matrix: its cell per year, null where no disclosure was found.</summary>
/// <param name="UnitName">The unit.</param>
/// <param name="Region">Its city, when known.</param>
/// <param name="Cells">One per year of the matrix.</param>
/// <param name="YearUnknown">Documents fetched whose extraction failed before their year was read, or null.</param>
public sealed record CoverageRow(string UnitName, string? Region, IReadOnlyList<CoverageCell?> Cells, CoverageCell? YearUnknown);

/// <summary>
/// The unit × year matrix: every unit the warehouse knows, for the latest years up to the current
/// budget year, so a year nobody published yet shows as missing ("no 2026 disclosure found yet").
/// </summary>
public sealed record CoverageMatrix(IReadOnlyList<int> Years, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>How many budget years the matrix shows, the current one included.</summary>
    public const int YearsShown = 6;

    /// <summary>Builds the matrix from the stored unit-years; <paramref name="currentYear"/> is always a column.</summary>
    public static CoverageMatrix Of(IReadOnlyList<CoverageCell> cells, int currentYear)
    {
        var known = cells.Where(c => c.Year is not null).Select(c => c.Year!.Value).ToList();
        var newest = Math.Max(currentYear, known.Count == 0 ? currentYear : known.Max());
        var oldest = Math.Max(newest - YearsShown + 1, known.Count == 0 ? newest : known.Min());
        var years = Enumerable.Range(oldest, newest - oldest + 1).ToList();
        var rows = cells.GroupBy(c => c.UnitId)
            .Select(unit =>
            {
                var byYear = unit.Where(c => c.Year is not null).ToDictionary(c => c.Year!.Value);
                var first = unit.First();
                return new CoverageRow(first.UnitName, first.Region, [.. years.Select(y => byYear.GetValueOrDefault(y))], unit.FirstOrDefault(c => c.Year is null));
            })
            .OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
        return new CoverageMatrix(years, rows);
    }

    /// <summary>True when some unit has documents of unknown year (the matrix then shows a column for them).</summary>
    public bool HasYearUnknown => Rows.Any(r => r.YearUnknown is not null);

    /// <summary>Unit-years of the shown years with no disclosure found.</summary>
    public int Missing => Rows.Sum(r => r.Cells.Count(c => c is null));
}
