using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary><c>--all-tables</c>: ruled tables that no 目录 and no 表N title announce.</summary>
public sealed class UnlistedTablesTests
{
    // Page 6 of this WPS document lists its units in a ruled table inside the narrative; page 7 draws a bar
    // chart whose axes and grid lines are rules too.
    private static readonly string Gongxinju = Fixtures.Real("xian-2022-gongxinju.pdf");

    [Fact]
    public void Extract_AllTables_AddsNarrativeTableWithoutNumber()
    {
        var document = Extract(Gongxinju, allTables: true);

        var unlisted = Assert.Single(document.Tables, t => t.Number is null);
        Assert.Equal(TableKind.Other, unlisted.Kind);
        Assert.Equal([6], unlisted.Pages);
        Assert.Equal(["序号", "单位名称", "拟变动情况"], unlisted.Grid[0]);
        Assert.Equal(["1", "西安市工业和信息化局（机关）", "无"], unlisted.Grid[1]);
        Assert.Empty(unlisted.Rows);
    }

    [Fact]
    public void Extract_AllTables_KeepsListedTablesUnchanged()
    {
        var listed = Extract(Gongxinju, allTables: false);
        var all = Extract(Gongxinju, allTables: true);

        Assert.Equal(
            listed.Tables.Select(t => (t.Number, t.Title, t.Grid.Count)),
            all.Tables.Where(t => t.Number is not null).Select(t => (t.Number, t.Title, t.Grid.Count)));
    }

    [Fact]
    public void Extract_Default_OutputsOnlyNumberedTables()
    {
        var document = Extract(Fixtures.Public("0000-baoji-bigdata-2023.pdf"), allTables: false);

        Assert.DoesNotContain(document.Tables, t => t.Number is null);
    }

    [Fact]
    public void Extract_AllTablesOnMultiPageNarrativeTable_OneTableOverBothPages()
    {
        var document = Extract(Fixtures.Real("xian-2022-jiaotong-yunshuju.pdf"), allTables: true);

        var unlisted = Assert.Single(document.Tables, t => t.Number is null);
        Assert.Equal([12, 13], unlisted.Pages);
        Assert.Single(unlisted.Grid, row => row[0] == "序号");
    }

    private static BudgetDocument Extract(string path, bool allTables) =>
        new BudgetExtractor(new ExtractionOptions { AllTables = allTables }).Extract(File.ReadAllBytes(path), Path.GetFileName(path));
}
