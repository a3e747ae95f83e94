using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>
/// The wide corpus: real disclosures of ten template families and documents to refuse, against
/// their hand-checked truth (numbers, kinds, facets, empty flags and pages of every table; the
/// verdict; the unit, year and kind).
/// </summary>
public sealed class WideCorpusTests
{
    public static TheoryData<string> Documents() => [.. Fixtures.WideNames()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_WideDocument_EveryTableNumberedAndTypedAsTheTruth(string name)
    {
        var (truth, found) = Extract(name);

        Assert.Equal(Inventory(truth), Inventory(found));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_WideDocument_VerdictAsTheTruth(string name)
    {
        var (truth, found) = Extract(name);

        Assert.Equal(Codes(truth, IssueSeverity.Error), Codes(found, IssueSeverity.Error));
        Assert.Equal(truth.Issues.Exists(i => i.Code == IssueCodes.TablesNotInPdf), found.Issues.Exists(i => i.Code == IssueCodes.TablesNotInPdf));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_WideDocument_UnitYearAndKindAsTheTruth(string name)
    {
        var (truth, found) = Extract(name);
        if (truth.Issues.Exists(i => i.Severity == IssueSeverity.Error))
        {
            return;
        }

        // Compared as the grader does (NFKC), so （本级） and (本级) are one name; full-width folding is
        // that part of NFKC (the tests run with invariant globalization, without ICU normalization).
        Assert.Equal((Folded(truth.Document.UnitName), truth.Document.Year, truth.Document.Kind), (Folded(found.Document.UnitName), found.Document.Year, found.Document.Kind));
    }

    [Theory]
    [InlineData("149-008_杭州-2026年杭州市政府办公厅部门预算", "notice")]
    [InlineData("273-087_宜宾-2026年宜宾市政府办公厅部门预算", "notice")]
    [InlineData("203-020_西安-卫生健康委员会_2026年部门预算", "决算")]
    public void Extract_DocumentThatIsNoBudget_RefusedSayingWhatItIs(string name, string what)
    {
        var (_, found) = Extract(name);

        var refusal = Assert.Single(found.Issues, i => i.Code == IssueCodes.NotADisclosure);
        Assert.Contains(what, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(found.Tables);
    }

    private static (BudgetDocument Truth, BudgetDocument Found) Extract(string name)
    {
        var pdf = Fixtures.Wide(name + ".pdf");
        return (Fixtures.GroundTruth(pdf), new BudgetExtractor().Extract(File.ReadAllBytes(pdf), Path.GetFileName(pdf)));
    }

    private static string? Folded(string? text) => text is null ? null : Layout.TextShape.FoldWidth(text);

    private static string[] Codes(BudgetDocument document, IssueSeverity severity) =>
        [.. document.Issues.Where(i => i.Severity == severity).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal)];

    private static string[] Inventory(BudgetDocument document) =>
        [.. document.Tables.Select(t => $"表{t.Number} {t.Kind}/{t.Funding}/{t.Spending}/{t.RowKey} empty={t.Empty} pages={string.Join(',', t.Pages)}")];
}
