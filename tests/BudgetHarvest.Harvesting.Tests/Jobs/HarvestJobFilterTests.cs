using System.Globalization;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>
/// The one job filter, through real Hangfire workers: a transient failure with job retries left is
/// scheduled again and recorded nowhere; a permanent one (or a transient one out of retries) fails
/// the job for good and is recorded exactly once.
/// </summary>
public sealed class HarvestJobFilterTests : IAsyncLifetime
{
    private static readonly TimeSpan StateLimit = TimeSpan.FromMinutes(1);
    private static readonly UnitRef Unit = new("宝鸡市大数据管理中心", "621002", "宝鸡市数字经济局", "宝鸡市");
    private static readonly string[] Settled = [ScheduledState.StateName, FailedState.StateName, SucceededState.StateName];
    private readonly TempFolder _store = new();
    private FaultyPdfServer _server = null!;

    public async Task InitializeAsync() => _server = await FaultyPdfServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task FetchDocumentJob_TransientFailureWithRetriesLeft_IsScheduledAgainAndNotRecorded()
    {
        await using var harness = await StartAsync(jobRetries: 2);

        var (jobId, state) = await RunFetchAsync(harness, "slow/0000-baoji-bigdata-2023");

        Assert.Equal(ScheduledState.StateName, state);
        Assert.Equal("1", RetryCount(harness, jobId));
        Assert.Empty(harness.Memory.Failures);
    }

    [Fact]
    public async Task FetchDocumentJob_PermanentFailure_FailsOnceRecordedOnceNeverRetried()
    {
        await using var harness = await StartAsync(jobRetries: 2);

        var (jobId, state) = await RunFetchAsync(harness, "status/404");

        Assert.Equal(FailedState.StateName, state);
        Assert.Null(RetryCount(harness, jobId));
        var recorded = Assert.Single(harness.Memory.Failures);
        Assert.Equal(("http_404", _server.Url("status/404").AbsoluteUri, Unit.Name), (recorded.Code, recorded.SourceUri, recorded.UnitName));
    }

    [Fact]
    public async Task FetchDocumentJob_TransientFailureOutOfRetries_IsRecordedOnceSayingItGaveUp()
    {
        await using var harness = await StartAsync(jobRetries: 0);

        var (_, state) = await RunFetchAsync(harness, "slow/0000-baoji-bigdata-2023");

        Assert.Equal(FailedState.StateName, state);
        var recorded = Assert.Single(harness.Memory.Failures);
        Assert.Equal("timeout", recorded.Code);
        Assert.Contains("gave up after 1 job attempt(s)", recorded.Message, StringComparison.Ordinal);
    }

    private Task<HarvestHarness> StartAsync(int jobRetries) =>
        HarvestHarness.StartAsync(_store.Path, settings: new Dictionary<string, string?>
        {
            ["Harvesting:JobRetries"] = jobRetries.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>Enqueues a fetch of <paramref name="path"/> and waits until the job leaves the queue for a scheduled retry or a final state.</summary>
    private async Task<(string JobId, string State)> RunFetchAsync(HarvestHarness harness, string path)
    {
        var location = _server.Url(path).AbsoluteUri;
        var jobId = harness.Services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<FetchDocumentJob>(job => job.RunAsync(Unit, location, null, CancellationToken.None));
        using var connection = harness.Storage.GetConnection();
        var deadline = DateTime.UtcNow + StateLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (connection.GetStateData(jobId) is { } state && Settled.Contains(state.Name))
            {
                return (jobId, state.Name);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Job {jobId} ({path}) neither failed nor was scheduled again within {StateLimit}.");
    }

    private static string? RetryCount(HarvestHarness harness, string jobId)
    {
        using var connection = harness.Storage.GetConnection();
        return connection.GetJobParameter(jobId, HarvestJobFilter.RetryCountParameter);
    }
}
