using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>The grid metric of the scorer over all 30 public documents.</summary>
public sealed class CorpusGridScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_AllPublicDocuments_MeanGridF1MeetsTarget()
    {
        var reader = new TableGridReader();
        var scores = Fixtures.PublicNames().Select(n => CorpusScore.Score(n, reader)).ToList();
        foreach (var s in scores)
        {
            var weak = string.Join(" ", s.Tables.Where(t => t.F1 < 0.999).Select(t => $"表{t.Number}={t.F1:F3}"));
            var line = $"{s.Name,-40} {s.Producer,-16} F1={s.F1:F4}  {weak}";
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        foreach (var group in scores.GroupBy(s => s.Producer))
        {
            var line = $"producer {group.Key}: mean {group.Average(s => s.F1):F4} over {group.Count()}";
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        var mean = scores.Average(s => s.F1);
        output.WriteLine($"MEAN grid F1 = {mean:F4}");
        Console.WriteLine($"MEAN grid F1 = {mean:F4}");
        Assert.True(mean >= 0.99, $"mean grid F1 {mean:F4} below the 0.99 target");
    }
}
