using System.Net;
using System.Text;
using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Testing;
using BudgetHarvest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Web.Tests.Hosting;

/// <summary>The serve host harvesting the probe's hostile PDFs: it keeps serving, and lists them as failed with their reasons.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class HostilePdfServeTests(SeededDashboard seeded)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Harvest_SelfReferencingPdfAndBomb_HostKeepsServingAndListsThemAsFailed()
    {
        using var data = seeded.Data.Copy();
        var folder = Directory.CreateDirectory(Path.Combine(data.Root, "hostile")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "selfref-mediabox.pdf"), HostilePdfs.SelfReferencingMediaBox());
        await File.WriteAllBytesAsync(Path.Combine(folder, "bomb.pdf"), HostilePdfs.DoubleFlateBomb());
        File.Copy(Fixtures.Public("0003-weinan-ziranziyuanju-2022.pdf"), Path.Combine(folder, "good.pdf"));
        await using var factory = new DashboardFactory(data);
        using var client = await Operator.SignInAsync(factory);
        Assert.IsType<SandboxedExtractor>(factory.Services.GetRequiredService<IDocumentExtractor>());

        var seeds = SeedLoader.Parse(Encoding.UTF8.GetBytes($$"""
            { "format": "budgetharvest-seeds/1", "units": [ { "name": "渭南市自然资源局", "code": "H1", "sources": [ { "folder": "{{folder}}" } ] } ] }
            """), "hostile-seeds.json", folder);
        var runId = await factory.Services.GetRequiredService<HarvestScheduler>().StartRunAsync(seeds, HarvestRunRecorder.CliTrigger);
        using var limit = new CancellationTokenSource(RunLimit);
        var summary = await factory.Services.GetRequiredService<HarvestRunMonitor>().WaitAsync(runId, cancellationToken: limit.Token);

        Assert.True(summary.IsComplete, $"{summary.Outstanding} item(s) never finished");
        Assert.Equal(2, summary.Failed);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(await Operator.ListAsync(client, "?issue=invalid_pdf"), d => d.GetProperty("file").GetString() == "selfref-mediabox.pdf");
        Assert.Contains(await Operator.ListAsync(client, "?issue=resource_limit"), d => d.GetProperty("file").GetString() == "bomb.pdf");
        // The good PDF belongs to the unit it prints, not to the seed's unit (which differs: a unit_mismatch warning).
        Assert.Contains(await Operator.ListAsync(client, "?status=all&unit=" + Uri.EscapeDataString("渭南市自然资源和规划局")), d => d.GetProperty("file").GetString() == "good.pdf");
    }
}
