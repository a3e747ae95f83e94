using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>
/// Whole harvests through Hangfire against the faulty loopback server: good documents load exactly
/// once, each bad one is reported with its reason, one bad source never stops the rest, and a second
/// run fetches and loads nothing new.
/// </summary>
public sealed class HarvestRunTests : IAsyncLifetime
{
    private static readonly string[] GoodOverHttp =
        ["0000-baoji-bigdata-2023", "0001-tongchuan-jiaoyuju-2021", "0002-weinan-gonglu-2023", "0004-baoji-ziranziyuanju-2023", "0005-xianyang-jikongzhongxin-2023"];

    private const string GoodInFolder = "0008-xianyang-tushuguan-2023";

    private readonly TempFolder _store = new();
    private readonly TempFolder _folder = new();
    private FaultyPdfServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FaultyPdfServer.StartAsync(
        [
            ("/pdf/0001-tongchuan-jiaoyuju-2021.pdf", "铜川市教育局2021年单位预算公开"),
            ("pdf/0002-weinan-gonglu-2023.pdf?from=list", "渭南市公路局2023年部门预算公开"),
            ("/pdf/0003-weinan-ziranziyuanju-2022.pdf", "工作动态：春耕"),
        ]);
        File.Copy(Fixtures.Public(GoodInFolder + ".pdf"), Path.Combine(_folder.Path, GoodInFolder + ".pdf"));
        File.Copy(Path.Combine(Fixtures.Folder, "bad", "encrypted-with-password.pdf"), Path.Combine(_folder.Path, "encrypted.pdf"));
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "notes.pdf"), "这不是PDF");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task RunAsync_FaultySources_LoadsEveryGoodDocumentOnceAndReportsEveryBadOne()
    {
        await using var harness = await HarvestHarness.StartAsync(_store.Path);

        var summary = await harness.RunAsync(Seeds());

        Assert.True(summary.IsComplete, $"{summary.Outstanding} item(s) never finished");
        var expectedShas = GoodOverHttp.Append(GoodInFolder).Select(n => FaultyPdfServer.Sha256(File.ReadAllBytes(Fixtures.Public(n + ".pdf")))).ToHashSet();
        var inserted = harness.Memory.Loads.Where(l => l.Outcome == LoadOutcome.Inserted).Select(l => l.Sha256).ToList();
        Assert.Equal(inserted.Count, inserted.Distinct().Count());
        var good = inserted.Where(sha => !harness.Memory.Documents[sha].Document.HasErrors).ToHashSet();
        Assert.Equal(expectedShas.Order(), good.Order());
        Assert.Equal(expectedShas.Count, summary.New);

        string[] expectedFailures = ["timeout", "truncated", "not_a_pdf", "http_404", "too_many_redirects", "too_large", "not_a_pdf", "encrypted_pdf"];
        Assert.Equal(expectedFailures.Order(), summary.Failures.Select(f => f.Code).Order());
        Assert.All(summary.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.Equal(expectedFailures.Length - 1, harness.Memory.Failures.Count);
        Assert.Contains(harness.Memory.Failures, f => f.Code == "http_404" && f.UnitName == "坏单位" && f.SourceUri.EndsWith("/missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_UnreadablePdf_IsLoadedWithItsErrorAndItsJobFailsWithoutRetry()
    {
        await using var harness = await HarvestHarness.StartAsync(_store.Path);

        await harness.RunAsync(Seeds());

        var encrypted = harness.Memory.Documents.Values.Single(d => d.Document.HasErrors);
        Assert.Equal(IssueCodes.EncryptedPdf, encrypted.Document.Issues.Single(i => i.Severity == IssueSeverity.Error).Code);
        Assert.Equal("文件夹单位", encrypted.Provenance?.UnitName);
        var monitoring = harness.Storage.GetMonitoringApi();
        var failed = monitoring.FailedJobs(0, 100).Select(j => j.Value.ExceptionMessage).ToList();
        Assert.Contains(failed, m => m.StartsWith("encrypted_pdf:", StringComparison.Ordinal));
        Assert.Contains(failed, m => m.StartsWith("http_404:", StringComparison.Ordinal));
        Assert.Equal(0, monitoring.ScheduledCount());
    }

    [Fact]
    public async Task RunAsync_SecondRun_FetchesAndLoadsNothingNew()
    {
        await using var harness = await HarvestHarness.StartAsync(_store.Path);
        var seeds = Seeds();
        var first = await harness.RunAsync(seeds);
        var loadsAfterFirst = harness.Memory.Inserted;
        var notModifiedBefore = _server.NotModified;

        var second = await harness.RunAsync(seeds);

        Assert.True(second.IsComplete);
        Assert.Equal(0, second.New);
        Assert.Equal(0, second.Fetched);
        Assert.Equal(loadsAfterFirst, harness.Memory.Inserted);
        Assert.Equal(first.New + 2, second.Unchanged); // + the alias of 0000 and the encrypted PDF, loaded with its error
        Assert.True(GoodOverHttp.Length + 1 == _server.NotModified - notModifiedBefore, string.Join(", ", _server.Requests.Select(r => $"{r.Key}={r.Value}")));
    }

    private SeedList Seeds()
    {
        string Pdf(string path) => $"{{ \"pdf\": \"{_server.Url(path)}\" }}";
        var json = $$"""
            {
              "format": "budgetharvest-seeds/1",
              "units": [
                { "name": "宝鸡市大数据管理中心", "code": "U0", "region": "宝鸡市",
                  "sources": [ {{Pdf("pdf/0000-baoji-bigdata-2023")}}, {{Pdf("alias/0000-baoji-bigdata-2023")}} ] },
                { "name": "栏目单位", "code": "U1", "sources": [ { "index": "{{_server.Url("index.html")}}" } ] },
                { "name": "不稳定单位", "code": "U2",
                  "sources": [ {{Pdf("flaky/0004-baoji-ziranziyuanju-2023")}}, {{Pdf("reset/0005-xianyang-jikongzhongxin-2023")}} ] },
                { "name": "坏单位", "code": "U3",
                  "sources": [ {{Pdf("slow/0006-weinan-shuiliju-2023")}}, {{Pdf("truncated/0007-xianyang-nongjizhongxin-2022")}},
                               {{Pdf("html-as-pdf")}}, {{Pdf("missing")}}, {{Pdf("loop")}}, {{Pdf("huge")}} ] },
                { "name": "文件夹单位", "code": "U4", "sources": [ { "folder": "{{_folder.Path}}" } ] }
              ]
            }
            """;
        return HarvestHarness.Seeds(json, _store.Path);
    }
}
