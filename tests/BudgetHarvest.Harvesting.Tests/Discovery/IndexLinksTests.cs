using System.Text;
using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Harvesting.Tests.Discovery;

public sealed class IndexLinksTests
{
    private static readonly Uri Page = new("https://www.baoji.gov.cn/col/col123/index.html");

    private const string Column = """
        <html><body>
          <a href="/">首页</a>
          <ul>
            <li><a href="./art/2023/yusuan.pdf" title="宝鸡市大数据管理中心2023年单位预算公开">宝鸡市大数据管理中心<b>2023</b>年单位预算公开</a></li>
            <li><a href='https://files.baoji.gov.cn/2022%E5%B9%B4%E9%A2%84%E7%AE%97.pdf'>2022年&nbsp;预算公开</a></li>
            <li><a href="art/2023/jueshuan.pdf">2023年单位决算公开</a></li>
            <li><a href="art/2023/article.html">2023年单位预算公开说明</a></li>
            <li><a href="mailto:office@baoji.gov.cn">联系我们</a></li>
            <li><a href="#top">返回顶部</a></li>
            <li><a href="./art/2023/yusuan.pdf#page=2">再次链接</a></li>
          </ul>
        </body></html>
        """;

    [Fact]
    public void Read_ColumnPage_ResolvesRelativeLinksAndDropsOtherSchemesAndDuplicates()
    {
        var links = IndexLinks.Read(Column, Page);

        Assert.Equal(
            [
                "https://www.baoji.gov.cn/",
                "https://www.baoji.gov.cn/col/col123/art/2023/yusuan.pdf",
                "https://files.baoji.gov.cn/2022%E5%B9%B4%E9%A2%84%E7%AE%97.pdf",
                "https://www.baoji.gov.cn/col/col123/art/2023/jueshuan.pdf",
                "https://www.baoji.gov.cn/col/col123/art/2023/article.html",
            ],
            links.Select(l => l.Uri.AbsoluteUri));
        Assert.Equal("宝鸡市大数据管理中心 2023 年单位预算公开", links[1].Text);
        Assert.Equal("2022年 预算公开", links[2].Text);
    }

    [Theory]
    [InlineData(new[] { "预算" }, new int[0], 2)]
    [InlineData(new[] { "预算", "决算" }, new int[0], 3)]
    [InlineData(new[] { "预算" }, new[] { 2022 }, 1)]
    [InlineData(new string[0], new int[0], 3)]
    public void Matches_WordsAndYears_SelectDisclosurePdfs(string[] include, int[] years, int expected)
    {
        var rules = new LinkRules(include, years);

        var pdfs = IndexLinks.Read(Column, Page).Where(l => IndexLinks.IsPdf(l) && IndexLinks.Matches(l, rules)).ToList();

        Assert.Equal(expected, pdfs.Count);
    }

    [Fact]
    public void Read_BaseHref_ResolvesAgainstIt()
    {
        var links = IndexLinks.Read("""<base href="https://cdn.example.cn/files/"><a href="a.pdf">预算公开</a>""", Page);

        Assert.Equal("https://cdn.example.cn/files/a.pdf", Assert.Single(links).Uri.AbsoluteUri);
    }

    [Fact(Timeout = 60_000)]
    public async Task Read_FourMegabytesOfUnclosedAnchors_FinishesInOnePass()
    {
        // The probe's page: the old anchor regex took 78 s on it (quadratic), over this test's limit.
        var page = new StringBuilder("<html><body>");
        while (page.Length < 4 * 1024 * 1024)
        {
            page.Append("<a href=\"x.pdf\">预算 ");
        }

        var html = page.Append("<a href=\"last.pdf\">2023年预算</a></body></html>").ToString();

        var links = await Task.Run(() => IndexLinks.Read(html, Page));

        Assert.Equal(["https://www.baoji.gov.cn/col/col123/x.pdf", "https://www.baoji.gov.cn/col/col123/last.pdf"], links.Select(l => l.Uri.AbsoluteUri));
        Assert.Equal("2023年预算", links[1].Text);
    }

    [Fact]
    public void Read_AnchorLeftOpen_EndsAtTheNextAnchor()
    {
        var links = IndexLinks.Read("""<a href="a.pdf">2022年预算 <a href="b.pdf">2023年预算</a><abbr>x</abbr>""", Page);

        Assert.Equal(["2022年预算", "2023年预算"], links.Select(l => l.Text));
    }

    [Fact]
    public void Decode_Gb2312MetaCharset_DecodesChinese()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var bytes = gbk.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>单位预算公开</body></html>");

        Assert.Contains("单位预算公开", HtmlText.Decode(bytes, headerCharset: null), StringComparison.Ordinal);
    }
}
