using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>
/// A harvest that meets the probe's hostile PDFs over HTTP: with extraction sandboxed, the
/// self-referencing PDF and the decompression bomb cost only their own documents.
/// </summary>
public sealed class SandboxedHarvestTests : IAsyncLifetime
{
    private static readonly string[] Good = ["0000-baoji-bigdata-2023", "0002-weinan-gonglu-2023"];

    private readonly TempFolder _store = new();
    private FaultyPdfServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FaultyPdfServer.StartAsync();
        _server.Hostile["selfref-mediabox"] = HostilePdfs.SelfReferencingMediaBox();
        _server.Hostile["bomb"] = HostilePdfs.DoubleFlateBomb();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task RunAsync_SelfReferencingPdfAndBombAmongGoodOnes_LoadsTheGoodAndRecordsTheBadAsFailures()
    {
        var warehouse = new InMemoryWarehouse();
        await using var harness = await HarvestHarness.StartAsync(TestServices.Build(_store.Path, null, (services, configuration) =>
        {
            services.AddSingleton<IDocumentWarehouse>(warehouse);
            services.AddSingleton<IHarvestRunLog>(warehouse);
            services.AddSandboxedExtraction(configuration);
        }));
        Assert.IsType<SandboxedExtractor>(harness.Services.GetRequiredService<IDocumentExtractor>());

        var summary = await harness.RunAsync(HarvestHarness.Seeds(Seeds(), _store.Path));

        Assert.True(summary.IsComplete, $"{summary.Outstanding} item(s) never finished");
        var loaded = warehouse.Documents.Values.Select(d => d.Document).ToList();
        var expectedGood = Good.Select(n => FaultyPdfServer.Sha256(FaultyPdfServer.CorpusPdf(n))).Order();
        Assert.Equal(expectedGood, loaded.Where(d => !d.HasErrors).Select(d => d.Source.Sha256).Order());
        Assert.Equal([IssueCodes.InvalidPdf, IssueCodes.ResourceLimit], loaded.Where(d => d.HasErrors).Select(d => d.Issues.Single(i => i.Severity == IssueSeverity.Error).Code).Order());
        Assert.Equal([IssueCodes.InvalidPdf, IssueCodes.ResourceLimit], summary.Failures.Select(f => f.Code).Order());
        Assert.Equal(2, summary.Failed);
    }

    private string Seeds()
    {
        string Pdf(string path) => $"{{ \"pdf\": \"{_server.Url(path)}\" }}";
        return $$"""
            {
              "format": "budgetharvest-seeds/1",
              "units": [
                { "name": "混合单位", "code": "U0",
                  "sources": [ {{Pdf("pdf/" + Good[0])}}, {{Pdf("hostile/selfref-mediabox.pdf")}}, {{Pdf("hostile/bomb.pdf")}}, {{Pdf("pdf/" + Good[1])}} ] }
              ]
            }
            """;
    }
}
