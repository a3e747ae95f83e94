using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests.Stitching;

/// <summary>Which first-page column each column of a continuation page continues.</summary>
public sealed class ContinuationColumnMapTests
{
    private static readonly double[] FirstBorders = [42, 134, 345, 447, 538, 629, 720, 803];

    [Fact]
    public void Map_ContinuationDroppedAnEmptyColumn_MapsBySlot()
    {
        var first = new PageColumns(FirstBorders, [0, 1, 2, 3, 4, 5, 6]);
        var page = new PageColumns(FirstBorders, [0, 1, 2, 3, 4, 6]); // 公用经费 (slot 5) empty on this page

        var map = ContinuationColumnMap.Map(first, page);

        Assert.NotNull(map);
        Assert.Equal([0, 1, 2, 3, 4, 6], map);
    }

    [Fact]
    public void Map_NarrowerBordersWithSameSlotCount_MapsBySlotOrder()
    {
        var first = new PageColumns(FirstBorders, [0, 1, 2, 3, 4, 5, 6]);
        double[] narrower = [40, 90, 300, 380, 450, 520, 590, 660]; // drawn narrower: positions do not line up
        var page = new PageColumns(narrower, [0, 1, 2, 3, 4, 6]);

        var map = ContinuationColumnMap.Map(first, page);

        Assert.NotNull(map);
        Assert.Equal([0, 1, 2, 3, 4, 6], map);
    }

    [Fact]
    public void Map_OtherSlotCountButOverlappingColumns_MapsByPosition()
    {
        var first = new PageColumns([47, 222, 378, 705, 794], [0, 1, 2, 3]);
        var page = new PageColumns([380, 700, 790], [0, 1]); // the right-hand panel only, found by alignment

        var map = ContinuationColumnMap.Map(first, page);

        Assert.NotNull(map);
        Assert.Equal([2, 3], map);
    }

    [Fact]
    public void Map_TwoColumnsOverOneFirstPageColumn_ReturnsNull()
    {
        var first = new PageColumns([0, 100, 400], [0, 1]);
        var page = new PageColumns([110, 200, 300, 390], [0, 1, 2]);

        Assert.Null(ContinuationColumnMap.Map(first, page));
    }

    [Fact]
    public void Map_SlotKeptOnContinuationButDroppedOnFirstPageWithoutOverlap_ReturnsNull()
    {
        var first = new PageColumns([0, 100, 200, 300], [0, 2]);
        var page = new PageColumns([500, 600, 700, 800], [1, 2]);

        Assert.Null(ContinuationColumnMap.Map(first, page));
    }
}
