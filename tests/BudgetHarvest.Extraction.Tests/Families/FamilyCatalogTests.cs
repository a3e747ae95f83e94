using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Tests.Locating;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Tests.Families;

public sealed class FamilyCatalogTests
{
    [Fact]
    public void Default_EmbeddedFiles_EveryPatternCompilesAndEveryKindIsOfTheFormat()
    {
        var catalog = FamilyCatalog.Default;

        Assert.True(catalog.Families.Count >= 10);
        foreach (var family in catalog.Families)
        {
            foreach (var pattern in family.Evidence.Concat(family.TocEntries).Concat(family.Banners).Concat(family.EmptyNotes).Concat(family.Labels.Select(l => l.Pattern)))
            {
                _ = new Regex(pattern);
            }

            Assert.All(family.Kinds, k => Extraction.Mapping.TableKinds.Parse(k.Kind));
            Assert.All(family.Labels, l => Assert.Contains("(?<n>", l.Pattern, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Over_FamilyRule_TriedBeforeTheGeneralOnes()
    {
        var family = FamilyCatalog.Parse("""{ "name": "x", "labels": [ { "pattern": "^公开(?<n>\\d{2})表$", "numberFrom": "toc" } ] }""");

        var merged = family.Over(FamilyCatalog.Default.General);

        Assert.Equal("toc", merged.Labels[0].NumberFrom);
        Assert.Equal(FamilyCatalog.Default.General.Labels.Count + 1, merged.Labels.Count);
    }

    [Fact]
    public void Detect_NoEvidence_GeneralRules()
    {
        var detector = new FamilyDetector(FamilyCatalog.Default);

        Assert.Equal("general", detector.Detect([SyntheticPages.Page(1, "某某单位2026年预算", "表1", "收支总表")]).Name);
    }

    [Theory]
    [InlineData("061-003_深圳-2026年深圳市公安局部门预算", "shenzhen")]
    [InlineData("002-001_上海-2026年上海市人力资源和社会保障局_部门预算", "shanghai")]
    [InlineData("136-006_苏州-2026年苏州市科技创新局部门预算", "jiangsu")]
    [InlineData("091-004_重庆-2026年重庆市气象局部门预算", "chongqing")]
    public void Detect_RealDocument_ItsFamily(string name, string family)
    {
        using var pdf = PdfDocument.Open(Fixtures.Wide(name + ".pdf"));
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(n => PageTextReader.Read(pdf.GetPage(n))).ToList();

        Assert.Equal(family, new FamilyDetector(FamilyCatalog.Default).Detect(pages).Name);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("05", 5)]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十三", 23)]
    public void Parse_PrintedNumeral_Value(string text, int expected) => Assert.Equal(expected, Numerals.Parse(text));
}
