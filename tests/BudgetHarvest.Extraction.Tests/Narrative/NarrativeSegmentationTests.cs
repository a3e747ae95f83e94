using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Narrative;

/// <summary>Paragraphs rebuilt from real PDFs: furniture dropped, wrapped lines joined, 目录 and tables left out.</summary>
public sealed class NarrativeSegmentationTests
{
    public static TheoryData<string> PublicNames() => [.. Fixtures.PublicNames()];

    [Theory]
    [InlineData("0000-baoji-bigdata-2023", "(1)事业运行(2010350)276.63万元，较上年增加58万元；原因是中心新调入工作人员5名，加之各项社保缴费基数增长，财政预算增加。", 4)]
    [InlineData("0004-baoji-ziranziyuanju-2023", "本单位当年一般公共预算“三公”经费预算支出4.53万元，较上年减少0.30万元（6.25%），减少的主要原因是认真落实中央八项规定精神，严控“三公”经费支出。其中：因公出国（境）经费0.00万元，与上年持平，主要原因是单位无此项业务；公务接待费1.43万元，较上年增加0.39万元（36.98%），增加的主要原因是按实际需求安排；公务用车运行维护费3.10万元，较上年减少0.69万元（18.13%），减少的主要原因是加强公务用车管理，压减运行费用；公务用车购置费0.00万元，与上年持平，主要原因是单位当年无车辆购置计划。", 3)]
    [InlineData("0001-tongchuan-jiaoyuju-2021", "本单位当年一般公共预算“三公”经费预算支出6.23万元，较上年减少0.61万元（8.92%），减少的主要原因是认真落实中央八项规定精神，严控“三公”经费支出。其中：因公出国（境）经费0.00万元，与上年持平，主要原因是单位无此项业务；公务接待费1.40万元，较上年减少0.22万元（13.58%），减少的主要原因是落实过紧日子要求，厉行节约；公务用车运行维护费4.83万元，较上年减少0.39万元（7.47%），减少的主要原因是加强公务用车管理，压减运行费用；公务用车购置费0.00万元，与上年持平，主要原因是单位当年无车辆购置计划。", 2)]
    public void Paragraphs_ParagraphRunningOverAPageBreak_IsOneParagraphWithoutFurniture(string name, string paragraph, int firstPage)
    {
        var document = NarrativeDocument.Read(Fixtures.Public(name + ".pdf"));

        var found = Assert.Single(document.Paragraphs, p => TextShape.Compact(p.Text) == TextShape.Compact(paragraph));
        Assert.Equal([firstPage, firstPage + 1], found.Pages);
    }

    /// <summary>
    /// Some paragraph breaks leave no trace in the layout (a sentence that ends at the right edge,
    /// followed by an unindented paragraph), so a few paragraphs may come out joined; none may be
    /// cut, and furniture, tables or a neighbour's text must never be mixed in.
    /// </summary>
    [Theory]
    [MemberData(nameof(PublicNames))]
    public void Paragraphs_PublicDocument_GroundTruthParagraphsAreRebuiltWhole(string name)
    {
        var path = Fixtures.Public(name + ".pdf");
        var document = NarrativeDocument.Read(path);
        var found = document.Paragraphs.SelectMany(p => new[] { p.Text, p.Body }).Select(TextShape.Compact).ToList();
        var truth = Fixtures.GroundTruth(path).Sections.SelectMany(s => s.Text.Split('\n')).Select(TextShape.Compact).ToList();

        var whole = truth.Count(found.Contains);
        var joined = truth.Where(t => !found.Contains(t)).ToList();

        Assert.True(whole >= truth.Count * 0.95, $"{whole} of {truth.Count} paragraphs whole; not: {string.Join(" | ", joined)}");
        Assert.All(joined, t => Assert.Contains(found, f => f.Contains(t, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("0004-baoji-ziranziyuanju-2023", "2023年单位预算公开")]
    [InlineData("0020-baoji-nongjizhongxin-2021", "宝鸡市农业技术推广站2021年单位预算公开说明")]
    [InlineData("0013-tongchuan-jiaoyuju-2023", "铜川市教育局2023年单位预算公开说明")]
    public void Paragraphs_RunningHeaderAndPageNumbers_AreDropped(string name, string header)
    {
        var document = NarrativeDocument.Read(Fixtures.Public(name + ".pdf"));

        Assert.DoesNotContain(document.CompactTexts, t => t.Contains(header, StringComparison.Ordinal));
        Assert.DoesNotContain(document.CompactTexts, t => t.Contains("页共", StringComparison.Ordinal) || t.StartsWith("-", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_ContentsOnTheCoverPage_AreLeftOut()
    {
        var document = NarrativeDocument.Read(Fixtures.Public("0000-baoji-bigdata-2023.pdf"));

        // The 目录 lists 十、专业名词解释 on page 1; only the heading on page 6 is narrative.
        var glossary = Assert.Single(document.Paragraphs, p => TextShape.Compact(p.Text) == "十、专业名词解释");
        Assert.Equal([6], glossary.Pages);
        Assert.DoesNotContain(document.CompactTexts, t => t is "目录" or "宝鸡市大数据管理中心" or "第四部分公开报表" or "（具体预算公开报表）");
    }

    [Fact]
    public void Paragraphs_ContentsRunningOverTwoPages_AreLeftOut()
    {
        var document = NarrativeDocument.Read(Fixtures.Real("xian-2026-caizhengju.pdf"));

        // Listed on page 3 of the 目录, printed as a heading on page 20.
        var procurement = Assert.Single(document.Paragraphs, p => TextShape.Compact(p.Text) == "十二、政府采购情况说明");
        Assert.Equal([20], procurement.Pages);
        Assert.All(document.Paragraphs, p => Assert.DoesNotContain(p.Pages, page => page is 1 or 2 or 3));
    }

    [Theory]
    [InlineData("0000-baoji-bigdata-2023")]
    [InlineData("0011-hanzhong-yingjiju-2022")]
    [InlineData("0013-tongchuan-jiaoyuju-2023")]
    public void Paragraphs_TablesTheirTitlesAndTheTablesPart_AreLeftOut(string name)
    {
        var document = NarrativeDocument.Read(Fixtures.Public(name + ".pdf"));
        var tablePages = document.Location.Tables.SelectMany(t => t.Pages).ToHashSet();

        Assert.All(document.Paragraphs, p => Assert.DoesNotContain(p.Pages, tablePages.Contains));
        Assert.DoesNotContain(document.CompactTexts, t => t.Contains("单位综合预算", StringComparison.Ordinal) || t.StartsWith("单位名称：", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_HeadingsOnTheirOwnAndRunIn_AreFound()
    {
        var document = NarrativeDocument.Read(Fixtures.Public("0013-tongchuan-jiaoyuju-2023.pdf"));

        var runIn = Assert.Single(document.Paragraphs, p => p.Heading == "三、人员情况说明");
        Assert.StartsWith("2022年末", runIn.Body, StringComparison.Ordinal);
        var alone = Assert.Single(document.Paragraphs, p => p.Heading == "四、工作任务");
        Assert.True(alone.IsHeadingOnly);
        Assert.Equal(new HeadingMarker(EnumeratorStyle.CjkComma, 4, 2), alone.Marker);
    }
}
