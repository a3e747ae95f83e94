using System.Net;
using BudgetHarvest.Web.Hosting;
using BudgetHarvest.Web.Tests.Support;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Web.Tests.Hosting;

/// <summary>What a deployment's probes and first start see: <c>/healthz</c>, and the optional harvest at startup.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class HealthAndFirstHarvestTests(SeededDashboard seeded)
{
    [Fact]
    public async Task Healthz_SignedOut_AnswersHealthyWhileTheWarehouseAnswers()
    {
        await using var factory = new DashboardFactory(seeded.Data);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(WarehouseHealthCheck.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_WarehouseUnreachable_Answers503WithoutNamingTheServer()
    {
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?>
        {
            // Nothing listens on port 1; queues and stores stay local so the host itself starts.
            ["ConnectionStrings:Warehouse"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=none;Timeout=2",
            ["Harvesting:JobStorage"] = "InMemory",
            ["Harvesting:Store"] = "Folder",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(WarehouseHealthCheck.Path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", body);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task Start_HarvestOnStart_EnqueuesOneHarvestJobPerSourceOnlyWhenAsked(bool harvestOnStart, int expectedJobs)
    {
        using var data = seeded.Data.Copy();
        var seeds = Path.Combine(data.Root, "one-source.json");
        // A folder with no matching file: the job fails fast and changes no data.
        await File.WriteAllTextAsync(seeds, $$"""
            {"format": "budgetharvest-seeds/1", "schedule": "0 3 * * *",
             "units": [{"name": "宝鸡市图书馆", "sources": [{"folder": "{{data.PdfFolder.Replace("\\", "/", StringComparison.Ordinal)}}", "files": "absent-*.pdf"}]}]}
            """);
        await using var factory = new DashboardFactory(data, new Dictionary<string, string?>
        {
            [RecurringHarvestRegistration.SeedsKey] = seeds,
            [RecurringHarvestRegistration.HarvestOnStartKey] = harvestOnStart ? "true" : "false",
        });
        using var client = factory.CreateClient();

        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var statistics = monitoring.GetStatistics();

        Assert.Equal(expectedJobs, statistics.Enqueued + statistics.Processing + statistics.Succeeded + statistics.Failed + statistics.Scheduled);
    }
}
