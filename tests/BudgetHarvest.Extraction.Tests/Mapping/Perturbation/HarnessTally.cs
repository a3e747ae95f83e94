using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Mapping.Perturbation;

/// <summary>Counts the harness's outcomes per table: read right (cells F1 at the bar), flagged, or silently wrong.</summary>
internal sealed class HarnessTally(double survives)
{
    public int Survived { get; private set; }

    public int Flagged { get; private set; }

    public List<string> Silent { get; } = [];

    /// <summary>Each silently wrong table with the first lines of the grid it was mapped from.</summary>
    private List<string> Details { get; } = [];

    /// <summary>Scores a table mapped from a perturbed or re-read grid against its truth.</summary>
    public void Add(string document, BudgetTable truth, BudgetTable found, IReadOnlyList<ExtractionIssue> issues)
    {
        var f1 = CellFacts.F1(CellFacts.Of([truth]), CellFacts.Of([found]));
        if (f1 >= survives)
        {
            Survived++;
        }
        else if (issues.Any(i => i.Code is IssueCodes.UnmappedTable or IssueCodes.UnparsedCell or IssueCodes.SumMismatch))
        {
            Flagged++;
        }
        else
        {
            Silent.Add($"{document} 表{truth.Number} {TableKinds.Name(truth.Kind)} F1 {f1.ToString("F3", CultureInfo.InvariantCulture)}");
            Details.Add(Silent[^1]);
            Details.AddRange(found.Grid.Take(6).Select(r => "    " + string.Join(" | ", r)));
        }
    }

    public void Report(ITestOutputHelper output, string name)
    {
        output.WriteLine($"{name}: {Survived} survived, {Flagged} flagged, {Silent.Count} silently wrong");
        foreach (var line in Details)
        {
            output.WriteLine("  " + line);
        }
    }
}
