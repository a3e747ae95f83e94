using BudgetHarvest.Testing;
using BudgetHarvest.Web.Hosting;
using BudgetHarvest.Web.Security;
using BudgetHarvest.Web.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Tests.Hosting;

/// <summary>What the serve host checks and sets up when it starts: its users, the recurring harvest, the password hashes.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class ServeHostTests(SeededDashboard seeded)
{
    [Fact]
    public async Task Start_WithTheDemoSeeds_SchedulesARecurringHarvestPerSource()
    {
        var seeds = Path.Combine(Fixtures.RepositoryRoot, "seeds", "demo.json");
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?> { [RecurringHarvestRegistration.SeedsKey] = seeds });
        using var client = factory.CreateClient();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs();

        var sources = Harvesting.Seeds.SeedLoader.Load(seeds).Targets.Count(t => t.Schedule is not null);
        Assert.True(sources > 0);
        Assert.Equal(sources, recurring.Count(j => j.Id.StartsWith("harvest:", StringComparison.Ordinal)));
        Assert.All(recurring, j => Assert.Equal("0 3 * * *", j.Cron));
    }

    [Fact]
    public async Task Start_WithABrokenSeedFile_FailsNamingTheProblem()
    {
        var seeds = Path.Combine(seeded.Data.Root, "broken-seeds.json");
        await File.WriteAllTextAsync(seeds, """{"format": "budgetharvest-seeds/1", "units": [{"name": "宝鸡市图书馆", "sources": [{"pdf": "not a url"}]}]}""");
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?> { [RecurringHarvestRegistration.SeedsKey] = seeds });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("broken-seeds.json", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("sources[0]", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dashboard:Users:0:PasswordHash", "", "no valid PasswordHash")]
    [InlineData("Dashboard:Users:0:PasswordHash", "correct horse battery staple", "no valid PasswordHash")]
    [InlineData("Dashboard:Users:0:Username", "", "has no Username")]
    public async Task Start_WithAnUnusableUser_FailsWithTheReason(string key, string value, string reason)
    {
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_NoneConfigured_AreRefusedWithHowToConfigureThem()
    {
        var problem = DashboardCredentials.Problem(new DashboardAccessOptions());

        Assert.NotNull(problem);
        Assert.Contains("Dashboard:Users:0:PasswordHash", problem, StringComparison.Ordinal);
        Assert.Contains("--hash-password", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HashPassword_PrintsAHashThatVerifiesOnlyThatPassword()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = PasswordHashCommand.Run(new StringReader("s3cret pass\n"), output, error);

        Assert.Equal(0, exitCode);
        var hash = output.ToString().Trim();
        Assert.DoesNotContain("s3cret", hash, StringComparison.Ordinal);
        var options = new DashboardAccessOptions { Users = [new DashboardUser { Username = "Admin", PasswordHash = hash }] };
        var credentials = new DashboardCredentials(new StaticOptions(options));
        Assert.Null(DashboardCredentials.Problem(options));
        Assert.Equal("Admin", credentials.Verify("admin", "s3cret pass"));
        Assert.Null(credentials.Verify("admin", "s3cret pas"));
        Assert.Null(credentials.Verify("other", "s3cret pass"));
    }

    [Fact]
    public void HashPassword_NothingOnInput_ExitsWithUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = PasswordHashCommand.Run(new StringReader(""), output, error);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output.ToString());
        Assert.Contains("standard input", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class StaticOptions(DashboardAccessOptions value) : IOptionsMonitor<DashboardAccessOptions>
    {
        public DashboardAccessOptions CurrentValue => value;

        public DashboardAccessOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DashboardAccessOptions, string?> listener) => null;
    }
}
