using BudgetHarvest.Core.Failures;
using BudgetHarvest.Harvesting.Hosting;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// The one place that decides what a failed harvest job becomes, in place of per-job retry
/// attributes and catch blocks: a transient failure (<see cref="TransientFailures"/>) with job
/// retries left (<see cref="HarvestingOptions.JobRetries"/>) is scheduled again after
/// <see cref="RetryDelays"/>; anything else fails the job for good and is recorded once, in the
/// warehouse and in the run's journal, against the job's <see cref="FailedItem"/>. Jobs that are not
/// <see cref="IHarvestJob"/>s (an operator's re-extraction) fail without retry or record.
/// </summary>
public sealed class HarvestJobFilter : IElectStateFilter
{
    /// <summary>The job parameter counting retries done (the name Hangfire's own retry filter uses, so the dashboard shows it).</summary>
    public const string RetryCountParameter = "RetryCount";

    /// <summary>The wait before each retry (the last repeats): quick for a hiccup, then long enough for a portal to come back.</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays =
        [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)];

    private readonly Dictionary<Type, Func<IReadOnlyList<object?>, FailedItem>> _jobs;
    private readonly FailureRecorder _recorder;
    private readonly IOptions<HarvestingOptions> _options;
    private readonly ILogger<HarvestJobFilter> _logger;

    public HarvestJobFilter(IEnumerable<HarvestJobRegistration> jobs, FailureRecorder recorder, IOptions<HarvestingOptions> options, ILogger<HarvestJobFilter> logger)
    {
        _jobs = jobs.ToDictionary(j => j.JobType, j => j.FailedItemOf);
        _recorder = recorder;
        _options = options;
        _logger = logger;
    }

    public void OnStateElection(ElectStateContext context)
    {
        // Cancellation is the server shutting down (the job runs again), not a failure of the work.
        if (context.CandidateState is not FailedState { Exception: { } failure and not OperationCanceledException } failed
            || context.BackgroundJob.Job is not { } job
            || !_jobs.TryGetValue(job.Type, out var failedItemOf))
        {
            return;
        }

        var code = TransientFailures.CodeOf(failure);
        var transient = TransientFailures.IsTransient(failure);
        var retriesDone = context.GetJobParameter<int>(RetryCountParameter);
        var retries = _options.Value.JobRetries;
        if (transient && retriesDone < retries)
        {
            context.SetJobParameter(RetryCountParameter, retriesDone + 1);
            context.CandidateState = new ScheduledState(RetryDelays[Math.Min(retriesDone, RetryDelays.Count - 1)])
            {
                Reason = $"Retry {retriesDone + 1} of {retries}: {code}: {failure.Message}",
            };
            return;
        }

        var message = transient ? $"{failure.Message} (gave up after {retriesDone + 1} job attempt(s))" : failure.Message;
        // The Failed state shows the code first, so the dashboard reads like the recorded failure.
        context.CandidateState = new FailedState(new HarvestFailedException(code, $"{code}: {message}", failure), failed.ServerId)
        {
            Reason = failed.Reason,
        };
        if (failure is HarvestFailedException { IsRecorded: true })
        {
            return;
        }

        try
        {
            // State election is synchronous in Hangfire; a worker thread has no context to deadlock.
            _recorder.RecordAsync(failedItemOf(job.Args), code, message, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The job still fails; only its record is lost (the warehouse is down): say so in the log.
            _logger.LogError(e, "Could not record the failure {Code} of job {JobId}: {Message}", code, context.BackgroundJob.Id, message);
        }
    }
}
