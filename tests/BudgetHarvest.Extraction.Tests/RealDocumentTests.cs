using System.Text;
using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>The real Xi'an disclosures have no grid ground truth: every table must read without throwing and look sane.</summary>
public sealed class RealDocumentTests(ITestOutputHelper output)
{
    public static TheoryData<string> RealNames() => [.. Fixtures.RealNames()];

    [Theory]
    [MemberData(nameof(RealNames))]
    public void Read_RealDocumentTables_ProducesRectangularGridsWithoutThrowing(string name)
    {
        var truth = TruthTable.ForReal(name);
        using var pdf = PdfDocument.Open(Fixtures.Real(name + ".pdf"));
        var reader = new TableGridReader();
        var report = new StringBuilder();
        for (var i = 0; i < truth.Count; i++)
        {
            var grid = reader.Read(GroundTruthSegments.For(pdf, truth, i));
            Assert.All(grid.Rows, row => Assert.Equal(grid.ColumnCount, row.Count));
            Assert.All(grid.PagesUsed, p => Assert.Contains(p, truth[i].Pages));
            report.AppendLine($"表{truth[i].Number} pages={string.Join(",", truth[i].Pages)} used={string.Join(",", grid.PagesUsed)} rows={grid.Rows.Count} cols={grid.ColumnCount} header={grid.HeaderRowCount}");
            foreach (var row in grid.Rows.Take(6))
            {
                report.AppendLine("   " + string.Join(" | ", row));
            }
        }

        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"grids-{name}.txt"), report.ToString());
    }
}
