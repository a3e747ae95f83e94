using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetHarvest.Web.Tests.Support;
using Npgsql;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Web.Tests.Api;

/// <summary>
/// The production setup: the warehouse and Hangfire's queues in PostgreSQL. Harvested failures are
/// listed, a retry runs as a Hangfire job stored in PostgreSQL and replaces the failed extraction
/// there, and a review is recorded.
/// </summary>
public sealed class PostgresDashboardTests : IAsyncLifetime
{
    private string? _database;
    private DashboardData? _data;

    public async Task InitializeAsync()
    {
        if (TestPostgres.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabases.CreateAsync();
        _data = await DashboardData.SeedAsync(_database);
    }

    public async Task DisposeAsync()
    {
        _data?.Dispose();
        if (_database is not null)
        {
            await TestDatabases.DropAsync(_database);
        }
    }

    [PostgresFact]
    public async Task Postgres_ListRetryAndReview_WorkWithHangfireStoredInPostgres()
    {
        Assert.NotNull(_data);
        await using var factory = new DashboardFactory(_data);
        using var client = await Operator.SignInAsync(factory);

        var listed = await Operator.ListAsync(client);
        var timedOut = await Operator.FindByFileAsync(client, DashboardData.TimedOutFile);
        var sha = timedOut.GetProperty("sha256").GetString()!;
        using var retry = await Operator.PostWithTokenAsync(client, $"/api/documents/{sha}/retry");
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var job = await Operator.WaitForJobAsync(client, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!);
        using var review = await Operator.PostWithTokenAsync(client, $"/api/documents/{sha}/review");
        var after = await Operator.GetJsonAsync(client, $"/api/documents/{sha}");
        var failedAfter = await Operator.ListAsync(client, "?status=failed");
        using var unknownJob = await client.GetAsync("/api/jobs/not-a-job");

        Assert.Equal(3, listed.Count);
        Assert.Equal("failed", timedOut.GetProperty("status").GetString());
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.NotEqual("failed", after.GetProperty("document").GetProperty("status").GetString());
        Assert.Equal(DashboardFactory.Username, after.GetProperty("document").GetProperty("reviewed_by").GetString());
        Assert.Equal([DashboardData.EncryptedFile], failedAfter.Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknownJob.StatusCode);
        Assert.True(await CountAsync(_database!, "SELECT count(*) FROM hangfire.job") >= 1, "the retry job is not in PostgreSQL");
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
