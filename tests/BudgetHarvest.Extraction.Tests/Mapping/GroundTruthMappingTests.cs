using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Testing;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>Maps the ground-truth grid of every public fixture table and scores the rows against the truth.</summary>
public sealed class GroundTruthMappingTests(ITestOutputHelper output)
{
    [Fact]
    public void Map_GroundTruthGrids_MeanCellsF1AtLeast0995()
    {
        var mapper = new TableRowMapper();
        var scores = new List<double>();
        foreach (var name in Fixtures.PublicNames())
        {
            var truth = Fixtures.GroundTruth(Fixtures.Public(name + ".pdf"));
            var mapped = truth.Tables.Select(t => MapCopy(mapper, t)).ToList();
            var expected = CellFacts.Of(truth.Tables);
            var found = CellFacts.Of(mapped);
            var f1 = CellFacts.F1(expected, found);
            scores.Add(f1);
            output.WriteLine($"{name,-40} {f1.ToString("F4", CultureInfo.InvariantCulture)}");
            foreach (var miss in expected.Keys.Except(found.Keys).Take(8))
            {
                output.WriteLine($"    missing {miss}");
            }

            foreach (var extra in found.Keys.Except(expected.Keys).Take(8))
            {
                output.WriteLine($"    extra   {extra}");
            }
        }

        var mean = scores.Average();
        output.WriteLine($"{"MEAN",-40} {mean.ToString("F4", CultureInfo.InvariantCulture)}");
        Assert.True(mean >= 0.995, $"mean cells F1 {mean:F4} < 0.995");
    }

    [Fact]
    public void Map_GroundTruthGrids_NoUnparsedCellIssues()
    {
        var mapper = new TableRowMapper();
        var issues = Fixtures.PublicNames()
            .SelectMany(n => Fixtures.GroundTruth(Fixtures.Public(n + ".pdf")).Tables.Select(t => (n, t)))
            .SelectMany(x => mapper.Map(x.t).Issues.Select(i => $"{x.n}: {i.Message}"))
            .ToList();

        Assert.Empty(issues);
    }

    private static BudgetTable MapCopy(TableRowMapper mapper, BudgetTable truth)
    {
        var copy = new BudgetTable
        {
            Number = truth.Number,
            Title = truth.Title,
            Kind = truth.Kind,
            Measure = truth.Measure,
            Empty = truth.Empty,
            EmptyReason = truth.EmptyReason,
            Grid = truth.Grid,
        };
        mapper.Apply(copy);
        return copy;
    }
}
