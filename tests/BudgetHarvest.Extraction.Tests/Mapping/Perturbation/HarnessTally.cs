using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Mapping.Perturbation;

/// <summary>Counts the harness's outcomes per table: read right (cells F1 at the bar), flagged, or silently wrong.</summary>
internal sealed class HarnessTally(double survives)
{
    /// <summary>Facts listed per side of a silently wrong table, enough to see the cause without flooding the output.</summary>
    private const int FactsShown = 4;

    /// <summary>Grid lines shown per silently wrong table.</summary>
    private const int GridLinesShown = 8;

    public int Survived { get; private set; }

    public int Flagged { get; private set; }

    public List<string> Silent { get; } = [];

    /// <summary>Each silently wrong table: the grid it was mapped from and the facts that differ from its truth.</summary>
    private List<string> Details { get; } = [];

    /// <summary>Scores a table mapped from a perturbed or re-read grid against its truth.</summary>
    public void Add(string document, BudgetTable truth, BudgetTable found, IReadOnlyList<ExtractionIssue> issues)
    {
        var truthFacts = CellFacts.Of([truth]);
        var foundFacts = CellFacts.Of([found]);
        var f1 = CellFacts.F1(truthFacts, foundFacts);
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
            Details.AddRange(found.Grid.Take(GridLinesShown).Select(r => "    | " + string.Join(" | ", r)));
            Details.AddRange(Difference(truthFacts, foundFacts).Take(FactsShown).Select(f => "    missing " + f));
            Details.AddRange(Difference(foundFacts, truthFacts).Take(FactsShown).Select(f => "    wrong   " + f));
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

    /// <summary>The facts of <paramref name="of"/> that <paramref name="other"/> does not hold as often.</summary>
    private static IEnumerable<string> Difference(Dictionary<string, int> of, Dictionary<string, int> other) =>
        of.Where(f => f.Value > other.GetValueOrDefault(f.Key)).Select(f => f.Key.Replace('\t', ' '));
}
