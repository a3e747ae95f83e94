using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Narrative;

/// <summary>Sections from the extractor with its default classifier (headings only, no model).</summary>
public sealed class NarrativeSectionsTests(ITestOutputHelper output)
{
    public static TheoryData<string> RealNames() => [.. Fixtures.RealNames()];

    [Fact]
    public async Task Extract_PublicCorpusWithHeadingRulesOnly_SectionsMatchGroundTruth()
    {
        var extractor = new BudgetExtractor();
        var scores = new List<double>();
        foreach (var name in Fixtures.PublicNames())
        {
            var path = Fixtures.Public(name + ".pdf");
            var found = await extractor.ExtractFileAsync(path);
            var score = SectionScore.Of(Fixtures.GroundTruth(path).Sections, found.Sections);
            output.WriteLine($"{name} {score:0.0000}");
            scores.Add(score);
        }

        // Two documents print a section without its heading; headings alone cannot find those.
        Assert.True(scores.Average() >= 0.99, $"mean {scores.Average():0.0000}");
        Assert.True(scores.Min() >= 0.9, $"min {scores.Min():0.0000}");
    }

    [Theory]
    [MemberData(nameof(RealNames))]
    public async Task Extract_RealDisclosure_SectionsHoldNoTableAndNoContents(string name)
    {
        var document = await new BudgetExtractor().ExtractFileAsync(Fixtures.Real(name + ".pdf"));
        var firstTablePage = document.Tables.SelectMany(t => t.Pages).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var section in document.Sections)
        {
            output.WriteLine($"{SectionText(section)}");
        }

        Assert.All(document.Sections, s => Assert.All(s.Pages, p => Assert.True(p < firstTablePage, $"{s.Heading} on page {p}, tables from {firstTablePage}")));
        Assert.All(document.Sections, s => Assert.DoesNotContain(document.Tables, t => TextShape.Compact(s.Text).Contains(t.Title, StringComparison.Ordinal)));
        var headings = document.Sections.Where(s => s.Heading is not null).Select(s => s.Heading).ToList();
        Assert.Equal(headings.Count, headings.Distinct().Count());
        Assert.DoesNotContain(document.Sections, s => s.Text.Split('\n').Any(p => TextShape.Compact(p) is "目录" or "（具体部门预算公开报表）"));
    }

    private static string SectionText(NarrativeSection section) =>
        $"{section.Label} | {section.Heading} | {string.Join(",", section.Pages)} | {section.Text[..Math.Min(60, section.Text.Length)]}";
}
