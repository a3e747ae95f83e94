using BudgetHarvest.Warehouse.Monitoring;
using BudgetHarvest.Web.Monitoring;

namespace BudgetHarvest.Web.Tests.Monitoring;

public sealed class CoverageMatrixTests
{
    [Fact]
    public void Of_UnitsWithGaps_ShowsEveryYearUpToTheCurrentOneAndMissingCells()
    {
        CoverageCell[] cells = [Cell(1, "西安市财政局", 2022), Cell(1, "西安市财政局", 2024), Cell(2, "上海市某中心", 2024)];

        var matrix = CoverageMatrix.Of(cells, currentYear: 2026);

        Assert.Equal([2022, 2023, 2024, 2025, 2026], matrix.Years);
        Assert.Equal(["上海市某中心", "西安市财政局"], matrix.Rows.Select(r => r.UnitName));
        Assert.Equal([false, true, false, true, true], matrix.Rows[1].Cells.Select(c => c is null));
        Assert.Equal(7, matrix.Missing);
    }

    [Fact]
    public void Of_ManyYears_ShowsOnlyTheLatest()
    {
        var matrix = CoverageMatrix.Of([Cell(1, "某单位", 2010), Cell(1, "某单位", 2025)], currentYear: 2026);

        Assert.Equal(CoverageMatrix.YearsShown, matrix.Years.Count);
        Assert.Equal(2026, matrix.Years[^1]);
        Assert.NotNull(matrix.Rows.Single().Cells[^2]);
    }

    [Fact]
    public void Of_NoDocuments_HasTheCurrentYearAndNoRows()
    {
        var matrix = CoverageMatrix.Of([], currentYear: 2026);

        Assert.Equal([2026], matrix.Years);
        Assert.Empty(matrix.Rows);
    }

    [Fact]
    public void Of_FailedExtractionOfUnknownYear_IsItsUnitsYearUnknownCell()
    {
        var failed = Cell(3, "铜川市统计局", 2024) with { Year = null, Extracted = 0, TablesFound = null, TablesExpected = null, Status = null };

        var matrix = CoverageMatrix.Of([Cell(1, "西安市财政局", 2025), failed], currentYear: 2026);

        Assert.Equal([2025, 2026], matrix.Years);
        Assert.True(matrix.HasYearUnknown);
        var row = matrix.Rows.Single(r => r.UnitName == "铜川市统计局");
        Assert.Equal(failed, row.YearUnknown);
        Assert.All(row.Cells, Assert.Null);
    }

    private static CoverageCell Cell(long unit, string name, int year) => new(unit, name, unit == 1 ? "西安市" : "上海市", year, 1, 1, 9, 9, "ok", false);
}
