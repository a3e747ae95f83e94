using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;
using Hangfire.Storage;

namespace BudgetHarvest.Harvesting.Tests.Hosting;

public sealed class SeedScheduleServiceTests : IDisposable
{
    private readonly TempFolder _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task StartAsync_DemoSeeds_RegistersARecurringHarvestPerSource()
    {
        var demo = Path.Combine(Fixtures.RepositoryRoot, "seeds", "demo.json");
        var sources = SeedLoader.Load(demo).Targets.Count();

        await using var harness = await HarvestHarness.StartAsync(_store.Path, settings: new Dictionary<string, string?> { ["Harvesting:SeedsFile"] = demo });

        using var connection = harness.Storage.GetConnection();
        var jobs = connection.GetRecurringJobs();
        Assert.Equal(sources, jobs.Count);
        Assert.All(jobs, j => Assert.Equal("0 3 * * *", j.Cron));
    }

    [Fact]
    public async Task StartAsync_SeedFileWithErrors_StopsTheHostWithEveryProblem()
    {
        var path = Path.Combine(_store.Path, "bad.json");
        await File.WriteAllTextAsync(path, """{ "format": "budgetharvest-seeds/1", "units": [ { "sources": [] } ] }""");

        var failure = await Assert.ThrowsAsync<SeedException>(() =>
            HarvestHarness.StartAsync(_store.Path, settings: new Dictionary<string, string?> { ["Harvesting:SeedsFile"] = path }));

        Assert.Equal(["units[0].name", "units[0].sources"], failure.Errors.Select(e => e.Field));
    }
}
