using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Tests.Stitching;

/// <summary>Real tables continued on a page without header whose grid has fewer columns than the first page's.</summary>
public sealed class ContinuationPageTests
{
    [Fact]
    public void Read_FunctionTableContinuedWithItsCommonCostColumnEmpty_KeepsProjectFiguresInProjectColumn()
    {
        // 无锡 表5 continues on p. 16 where no line has 公用经费; the column is not in that page's grid.
        var rows = Read("158-014_无锡-2026年无锡市住房和建设局部门预算", 5);
        var header = rows[0];
        var project = header.FindIndex(c => c.Contains("项目支出", StringComparison.Ordinal));
        var common = rows[1].FindIndex(c => c.Contains("公用经费", StringComparison.Ordinal));

        var land = rows.Single(r => r[0] == "21208");
        var housing = rows.Single(r => r[0] == "221");

        Assert.Equal(("67,808.00", ""), (land[project], land[common]));
        Assert.Equal(("3,036.75", ""), (housing[project], housing[common]));
    }

    [Fact]
    public void Read_TwoPanelTotalsContinuedWithRightPanelOnly_PutsLinesInTheSpendingPanel()
    {
        // 湖州 表4 (财政拨款收支总表): p. 34 holds only function lines of the right-hand (支出) panel.
        var rows = Read("268-079_湖州-2026年湖州市卫生健康委员会部门预算", 4);

        var hospitals = rows.Single(r => r.Contains("公立医院"));

        Assert.Equal(["", "", "公立医院", "9028.85"], hospitals);
    }

    private static List<List<string>> Read(string name, int number)
    {
        var path = Fixtures.Wide(name + ".pdf");
        var truth = TruthTable.Load(path);
        using var pdf = PdfDocument.Open(path);
        var segments = GroundTruthSegments.For(pdf, truth, truth.FindIndex(t => t.Number == number));
        return new TableGridReader().Read(segments).Rows;
    }
}
