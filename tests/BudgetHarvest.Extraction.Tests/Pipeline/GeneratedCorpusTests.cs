using System.Collections.Concurrent;
using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Tests.Mapping;
using BudgetHarvest.Testing;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>
/// The generated corpus (fixtures/generated, made by tests/generator): public truths printed in other
/// families' numbering, titles, header wordings, fake bold, radicals, 类|款|项 codes, 元 amounts,
/// four rulings and two producers — the held-out documents the product is graded on, built here.
/// Scored as the grader does (cells and grid F1, pooled per document, mean over documents).
/// </summary>
public sealed class GeneratedCorpusTests(ITestOutputHelper output)
{
    // score.py after continuation pages were put back onto the first page's columns: 0.9504 cells, 0.9475
    // grid (was 0.9250, 0.9426; the tests run without ICU, so radicals are not NFKC-folded here and the grid
    // reads about 0.003 lower); the floors sit just under, so a reading that gets worse fails the build. What
    // still breaks (rows merged and headers misread where no rules are printed) is listed in the README;
    // raise the floors as it is fixed.
    private const double CellsFloor = 0.945;
    private const double GridFloor = 0.94;

    private static readonly ConcurrentDictionary<string, (BudgetDocument Truth, BudgetDocument Found)> Extracted = new();

    public static TheoryData<string> Documents() => [.. Fixtures.GeneratedNames()];

    [Fact]
    public void Extract_GeneratedCorpus_MeanCellsAndGridAtLeastFloors()
    {
        var cells = new List<double>();
        var grids = new List<double>();
        foreach (var name in Fixtures.GeneratedNames())
        {
            var (truth, found) = Extract(name);
            var cellF1 = CellFacts.F1(CellFacts.Of(truth.Tables), CellFacts.Of(found.Tables));
            var gridF1 = GridMetric.F1(GridMetric.Relations(truth.Tables.Select(t => t.Grid)), GridMetric.Relations(found.Tables.Select(t => t.Grid)));
            cells.Add(cellF1);
            grids.Add(gridF1);
            output.WriteLine($"{name,-28} cells {Figure(cellF1)} grid {Figure(gridF1)}");
        }

        output.WriteLine($"{"MEAN",-28} cells {Figure(cells.Average())} grid {Figure(grids.Average())}");
        Assert.True(cells.Average() >= CellsFloor, $"mean cells F1 {Figure(cells.Average())} < {CellsFloor}");
        Assert.True(grids.Average() >= GridFloor, $"mean grid F1 {Figure(grids.Average())} < {GridFloor}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_GeneratedDocument_EveryTableAsTheTruth(string name)
    {
        var (truth, found) = Extract(name);

        Assert.Equal(Inventory(truth), Inventory(found));
        Assert.Equal((truth.Document.UnitName, truth.Document.Year), (found.Document.UnitName, found.Document.Year));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_GeneratedDocument_GridWithFiguresHasRowsOrUnmappedTable(string name)
    {
        var (_, found) = Extract(name);

        // Nothing fails silently: a grid printing figures either gives rows or says why it gives none.
        var silent = found.Tables
            .Where(t => !t.Empty && t.Rows.Count == 0 && t.Grid.Exists(r => r.Exists(AmountParser.LooksNumeric)))
            .Where(t => !found.Issues.Exists(i => i.Code == IssueCodes.UnmappedTable && i.Table == t.Number))
            .Select(t => $"表{t.Number} {t.Title}");
        Assert.Empty(silent);
    }

    private static (BudgetDocument Truth, BudgetDocument Found) Extract(string name) =>
        Extracted.GetOrAdd(name, n =>
        {
            var pdf = Fixtures.Generated(n + ".pdf");
            return (Fixtures.GroundTruth(pdf), new BudgetExtractor().Extract(File.ReadAllBytes(pdf), Path.GetFileName(pdf)));
        });

    private static string[] Inventory(BudgetDocument document) =>
        [.. document.Tables.Select(t => $"表{t.Number} {t.Kind}/{t.Funding}/{t.Spending}/{t.RowKey} empty={t.Empty} pages={string.Join(',', t.Pages)}")];

    private static string Figure(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
