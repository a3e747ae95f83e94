using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>Prints a found grid next to its ground truth when GRID_DUMP="name:number" is set (diagnostics only).</summary>
public sealed class GridDumpDiagnostics(ITestOutputHelper output)
{
    [Fact]
    public void Dump_WhenRequested_PrintsFoundAndTruth()
    {
        var request = Environment.GetEnvironmentVariable("GRID_DUMP");
        if (string.IsNullOrEmpty(request))
        {
            return;
        }

        var parts = request.Split(':');
        var truth = TruthTable.ForPublic(parts[0]).First(t => t.Number == int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        var found = CorpusScore.ReadTable(parts[0], truth.Number!.Value);
        var text = "FOUND\n" + string.Join("\n", found.Select(r => string.Join(" | ", r)))
            + "\nTRUTH\n" + string.Join("\n", truth.Grid.Select(r => string.Join(" | ", r)));
        output.WriteLine(text);
        File.WriteAllText("/tmp/griddump.txt", text);
    }
}
