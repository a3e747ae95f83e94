using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>Reads every ground-truth table of a public fixture with <see cref="TableGridReader"/> and scores the grids.</summary>
internal static class CorpusScore
{
    public sealed record DocumentScore(string Name, string Producer, double F1, List<(int? Number, double F1)> Tables);

    public static DocumentScore Score(string name, TableGridReader reader)
    {
        var path = Fixtures.Public(name + ".pdf");
        var truth = TruthTable.Load(path);
        using var pdf = PdfDocument.Open(path);
        var truthGrids = new List<List<List<string>>>();
        var foundGrids = new List<List<List<string>>>();
        var tables = new List<(int?, double)>();
        for (var i = 0; i < truth.Count; i++)
        {
            var table = truth[i];
            if (table.Grid.Count == 0)
            {
                continue;
            }

            var found = reader.Read(GroundTruthSegments.For(pdf, truth, i)).Rows;
            truthGrids.Add(table.Grid);
            foundGrids.Add(found);
            tables.Add((table.Number, GridMetric.F1(GridMetric.Relations([table.Grid]), GridMetric.Relations([found]))));
        }

        var f1 = GridMetric.F1(GridMetric.Relations(truthGrids), GridMetric.Relations(foundGrids));
        return new DocumentScore(name, pdf.Information.Producer ?? "?", f1, tables);
    }

    public static List<List<string>> ReadTable(string name, int number, TableGridReader? reader = null)
    {
        var path = Fixtures.Public(name + ".pdf");
        var truth = TruthTable.Load(path);
        using var pdf = PdfDocument.Open(path);
        var index = truth.FindIndex(t => t.Number == number);
        return (reader ?? new TableGridReader()).Read(GroundTruthSegments.For(pdf, truth, index)).Rows;
    }
}
