using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Narrative;

/// <summary>
/// The narrative of template families other than Shaanxi's, found from evidence on the page: before,
/// between or after the tables, or the whole PDF.
/// </summary>
public sealed class WideNarrativeTests
{
    public static TheoryData<string> WideNames() => [.. Fixtures.WideNames()];

    /// <summary>Every budget of the wide corpus has a narrative; only the documents to be refused (a notice, a scan, final accounts) hold none.</summary>
    [Theory]
    [MemberData(nameof(WideNames))]
    public async Task Extract_WideBudget_HasSectionsUnlessRefused(string name)
    {
        var path = Fixtures.Wide(name + ".pdf");
        var refused = Fixtures.GroundTruth(path).Issues.Exists(i => i.Severity == IssueSeverity.Error);

        var document = await new BudgetExtractor().ExtractFileAsync(path);

        if (!refused)
        {
            Assert.NotEmpty(document.Sections);
        }
    }

    [Fact]
    public void Paragraphs_NarrativeAfterTheTablesPart_IsReadAndTheTablesAreNot()
    {
        // Guangzhou: 第二部分 2026年部门预算表 on pages 5-24, then 第三部分 情况说明 and 第四部分 名词解释.
        var document = NarrativeDocument.Read(Fixtures.Wide("106-005_广州-2026年广州市气象局部门预算.pdf"));

        var overview = Assert.Single(document.Paragraphs, p => TextShape.Compact(p.Text) == "一、部门预算收支增减变化情况");
        Assert.Equal([25], overview.Pages);
        Assert.Contains(document.Paragraphs, p => p.Pages.Contains(28) && TextShape.Compact(p.Text).StartsWith("一、财政拨款收入", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Pages.Any(n => n is >= 6 and <= 24));
    }

    [Fact]
    public void Paragraphs_TablesPartUnderAPartCover_IsLeftOut()
    {
        // Suzhou: a cover page 第二部分 / 2026 年度 / 苏州市科学技术局 / 单位预算表 over the tables of pages 12-31.
        var document = NarrativeDocument.Read(Fixtures.Wide("136-006_苏州-2026年苏州市科技创新局部门预算.pdf"));

        Assert.DoesNotContain(document.Paragraphs, p => p.Pages.Any(n => n is >= 11 and <= 31));
        Assert.Contains(document.Paragraphs, p => p.Pages.Contains(32) && TextShape.Compact(p.Text) == "一、收支预算总体情况说明");
    }

    [Fact]
    public void Paragraphs_NarrativeOnlyDocument_IsReadWhateverTheLocatorMadeOfIt()
    {
        // Beijing: the 目录 lists 十三 tables published elsewhere; the whole PDF after it is narrative.
        var document = NarrativeDocument.Read(Fixtures.Wide("053-002_北京-2026年北京市退役军人事务局部门预算.pdf"));

        Assert.Equal([3, 4, 5, 6, 7, 8], document.Paragraphs.SelectMany(p => p.Pages).Distinct().Order());
        Assert.DoesNotContain(document.CompactTexts, t => t.Contains("政府采购预算明细表", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_SmallTableInTheNarrative_StaysAsTextLines()
    {
        // Shenzhen: 重点项目绩效目标 printed as a table after 情况如下：, inside the narrative.
        var document = NarrativeDocument.Read(Fixtures.Wide("072-003_深圳-2026年深圳市政府办公厅部门预算.pdf"));

        Assert.Contains(document.CompactTexts, t => t.Contains("二级预算单位名称一级项目名称", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Pages.Any(n => n >= 15));
    }
}
