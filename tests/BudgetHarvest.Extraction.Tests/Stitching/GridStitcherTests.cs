using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests.Stitching;

/// <summary>Stitching continuation pages onto the first page's columns.</summary>
public sealed class GridStitcherTests
{
    private static readonly double[] Borders = [0, 50, 150, 200, 250, 300];

    [Fact]
    public void Stitch_ContinuationWithoutHeaderMissingAnEmptyColumn_PutsFiguresUnderTheirColumns()
    {
        var first = new PageGrid(15, [["编码", "名称", "合计", "公用经费", "项目支出"], ["212", "城乡社区", "10.00", "2.00", "8.00"]], 1, "rules")
        {
            Columns = new PageColumns(Borders, [0, 1, 2, 3, 4]),
        };
        var continuation = new PageGrid(16, [["21208", "土地出让", "67.00", "67.00"]], 0, "rules")
        {
            Columns = new PageColumns(Borders, [0, 1, 2, 4]),
        };

        var grid = GridStitcher.Stitch([first, continuation]);

        Assert.Equal(["21208", "土地出让", "67.00", "", "67.00"], grid.Rows[^1]);
        Assert.Equal([15, 16], grid.PagesUsed);
    }

    [Fact]
    public void Stitch_ContinuationWithoutColumnEvidence_KeepsColumnsInOrder()
    {
        var first = new PageGrid(1, [["项目", "合计", "项目支出"], ["a", "1.00", "1.00"]], 1, "rules")
        {
            Columns = new PageColumns(Borders[..4], [0, 1, 2]),
        };
        var continuation = new PageGrid(2, [["b", "2.00"]], 0, "rules");

        var grid = GridStitcher.Stitch([first, continuation]);

        Assert.Equal(["b", "2.00", ""], grid.Rows[^1]);
    }
}
