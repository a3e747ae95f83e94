using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>Continuation pages stitched onto the first page's columns.</summary>
public sealed class GridStitcherTests
{
    // The first page of a performance form: six columns, 100 pt each.
    private static readonly ColumnPlace[] FirstColumns = [.. Enumerable.Range(0, 6).Select(c => new ColumnPlace(c * 100, (c + 1) * 100, (c * 100) + 50))];

    [Fact]
    public void Stitch_ContinuationWithoutItsEmptyColumns_PlacesTextUnderTheFirstPagesColumns()
    {
        var first = new PageGrid(1, [["年度绩效指标", "一级指标", "二级指标", "指标内容", "", "指标值"], ["", "产出指标", "数量指标", "人数", "", "21人"]], 0, "test")
        {
            Columns = FirstColumns,
        };

        // The next page printed column 0 (the rest of a cell spanning rows) and column 4 empty: both were dropped.
        var next = new PageGrid(2, [["", "质量指标", "完成率", "100%"], ["效益指标", "社会效益指标", "运转", "正常"]], 0, "test")
        {
            Columns = [new(90, 200, 140), new(200, 300, 250), new(300, 410, 330), new(480, 600, 530)],
        };

        var grid = GridStitcher.Stitch([first, next]);

        Assert.Equal(["", "", "质量指标", "完成率", "", "100%"], grid.Rows[2]);
        Assert.Equal(["", "效益指标", "社会效益指标", "运转", "", "正常"], grid.Rows[3]);
    }

    [Fact]
    public void Stitch_ContinuationPlacesOutOfOrder_KeepsTheColumnsAsRead()
    {
        var first = new PageGrid(1, [["a", "b", "c"], ["1", "2", "3"]], 0, "test")
        {
            Columns = [new(0, 100, 50), new(100, 200, 150), new(200, 300, 250)],
        };
        var next = new PageGrid(2, [["4", "5"]], 0, "test") { Columns = [new(0, 150, 120), new(150, 300, 180)] };

        var grid = GridStitcher.Stitch([first, next]);

        Assert.Equal(["4", "5", ""], grid.Rows[2]);
    }
}
