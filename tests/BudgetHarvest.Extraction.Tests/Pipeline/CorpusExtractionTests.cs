using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>Metadata and the table inventory of every fixture PDF against its ground truth.</summary>
public sealed class CorpusExtractionTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixtures.PublicNames())
        {
            data.Add(Fixtures.Public(name + ".pdf"));
        }

        foreach (var name in Fixtures.RealNames())
        {
            data.Add(Fixtures.Real(name + ".pdf"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_MetadataMatchesGroundTruth(string pdf)
    {
        var (truth, found) = Extract(pdf);

        Assert.Equal(truth.Document.UnitName, found.Document.UnitName);
        Assert.Equal(truth.Document.Year, found.Document.Year);
        Assert.Equal(truth.Document.Kind, found.Document.Kind);
        Assert.Equal(truth.Document.Region, found.Document.Region);
        Assert.Equal(truth.Source.Sha256, found.Source.Sha256);
        Assert.Equal(truth.Source.Pages, found.Source.Pages);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_FindsEveryTableWithItsPagesAndEmptyFlag(string pdf)
    {
        var (truth, found) = Extract(pdf);

        Assert.Equal(Inventory(truth), Inventory(found));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_ReportsNoError(string pdf)
    {
        var (_, found) = Extract(pdf);

        Assert.DoesNotContain(found.Issues, i => i.Severity == IssueSeverity.Error);
    }

    private static (BudgetDocument Truth, BudgetDocument Found) Extract(string pdf) =>
        (Fixtures.GroundTruth(pdf), new BudgetExtractor().Extract(File.ReadAllBytes(pdf), Path.GetFileName(pdf)));

    private static string[] Inventory(BudgetDocument document) =>
        [.. document.Tables.Select(t => $"表{t.Number} {t.Title} {t.Kind}/{t.Funding}/{t.Spending}/{t.RowKey} {t.Measure} empty={t.Empty}:{t.EmptyReason} pages={string.Join(',', t.Pages)}")];
}
