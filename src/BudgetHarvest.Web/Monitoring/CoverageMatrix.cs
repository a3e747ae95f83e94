using BudgetHarvest.Warehouse.Monitoring;

namespace BudgetHarvest.Web.Monitoring;

/// <summary>One unit's row of the coverage matrix: its cell per year, null where no disclosure was found.</summary>
public sealed record CoverageRow(string UnitName, string? Region, IReadOnlyList<CoverageCell?> Cells);

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
        var newest = Math.Max(currentYear, cells.Count == 0 ? currentYear : cells.Max(c => c.Year));
        var oldest = Math.Max(newest - YearsShown + 1, cells.Count == 0 ? newest : cells.Min(c => c.Year));
        var years = Enumerable.Range(oldest, newest - oldest + 1).ToList();
        var rows = cells.GroupBy(c => c.UnitId)
            .Select(unit =>
            {
                var byYear = unit.ToDictionary(c => c.Year);
                var first = unit.First();
                return new CoverageRow(first.UnitName, first.Region, [.. years.Select(y => byYear.GetValueOrDefault(y))]);
            })
            .OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
        return new CoverageMatrix(years, rows);
    }

    /// <summary>Unit-years of the shown years with no disclosure found.</summary>
    public int Missing => Rows.Sum(r => r.Cells.Count(c => c is null));
}
