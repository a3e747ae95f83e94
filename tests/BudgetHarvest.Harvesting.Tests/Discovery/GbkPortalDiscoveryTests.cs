using System.Text;
using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Discovery;

/// <summary>
/// Discovery over a city budget column shaped like the real ones: GBK pages (charset in the header,
/// or only in a meta tag), relative links of every form, and 决算 and notices beside the budgets,
/// with the link rules of <c>seeds/china-cities.json</c>. The pages are built here, as GBK bytes.
/// </summary>
public sealed class GbkPortalDiscoveryTests : IAsyncLifetime
{
    private static readonly Encoding Gbk = CodePages();
    private readonly TempFolder _store = new();
    private StaticSite _site = null!;

    public async Task InitializeAsync()
    {
        const string html = "text/html"; // no charset: the page's meta tag says gb2312
        _site = await StaticSite.StartAsync(new Dictionary<string, (byte[], string)>
        {
            ["/czyjs/ys/index.html"] = (Page("gb2312", """
                <base href="/czyjs/ys/">
                <ul>
                  <li><a href="./2026/t20260301_1.html" title="市教育局2026年部门预算">市教育局2026年部门预算</a></li>
                  <li><a href="../ys/2025/t20250301_2.html">市卫生健康委2025年部门预算公开</a></li>
                  <li><a href="/czyjs/js/2025/t20250901_3.html">市教育局2025年部门决算</a></li>
                  <li><a href="2026/t20260105_4.html">关于做好2026年部门预算公开工作的通知</a></li>
                  <li><a href="2024/t20240301_5.html">市教育局2024年部门预算</a></li>
                  <li><a href="2026/P020260302.pdf">市财政局2026年部门预算.pdf</a></li>
                </ul>
                """, meta: true), html),
            ["/czyjs/ys/2026/t20260301_1.html"] = (Page("GBK", """<p>附件：<a href="P020260301.pdf">市教育局2026年部门预算</a></p>""", meta: false), "text/html; charset=GBK"),
            ["/czyjs/ys/2025/t20250301_2.html"] = (Page("gbk", """<p>附件：<a href="/files/2025/wjw-ys.pdf">下载</a></p>""", meta: true), html),
            ["/czyjs/js/2025/t20250901_3.html"] = (Page("gbk", """<a href="js.pdf">决算</a>""", meta: true), html),
            ["/czyjs/ys/2026/t20260105_4.html"] = (Page("gbk", """<a href="notice.pdf">通知</a>""", meta: true), html),
        });
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task DiscoverAsync_GbkColumnWithRelativeLinks_FindsTheBudgetPdfsOnlyAsAbsoluteUrls()
    {
        using var services = TestServices.Build(_store.Path, new InMemoryWarehouse());
        var source = new SeedSource(SourceKind.Index, _site.Url("czyjs/ys/index.html").AbsoluteUri, ChinaCityRules());

        var found = await services.GetRequiredService<DocumentDiscovery>().DiscoverAsync(source);

        Assert.Equal(
            new[] { "czyjs/ys/2026/P020260302.pdf", "czyjs/ys/2026/P020260301.pdf", "files/2025/wjw-ys.pdf" }.Select(p => _site.Url(p).AbsoluteUri).Order(StringComparer.Ordinal),
            found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FetchPageAsync_GbkDeclaredOnlyInMeta_DecodesTheChineseLinkText()
    {
        using var services = TestServices.Build(_store.Path, new InMemoryWarehouse());

        var page = await services.GetRequiredService<PdfFetcher>().FetchPageAsync(_site.Url("czyjs/ys/index.html"));

        var links = IndexLinks.Read(page.Html, page.Uri);
        Assert.Contains(links, l => l.Text == "关于做好2026年部门预算公开工作的通知");
        Assert.Contains(links, l => l.Uri.AbsolutePath == "/czyjs/js/2025/t20250901_3.html");
    }

    private static LinkRules ChinaCityRules() =>
        SeedLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "seeds", "china-cities.json")).Units[0].Sources[0].Links!;

    private static byte[] Page(string charset, string body, bool meta) => Gbk.GetBytes($"""
        <!DOCTYPE html><html><head>{(meta ? $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">" : "")}
        <title>部门预算公开</title></head><body>{body}</body></html>
        """);

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
