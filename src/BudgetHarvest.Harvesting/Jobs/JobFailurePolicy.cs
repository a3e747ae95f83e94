using BudgetHarvest.Harvesting.Hosting;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Decides what a job's failure becomes: a transient one with retries left is retried by Hangfire;
/// anything else is recorded once (warehouse and run journal) and fails the job for good.
/// </summary>
public sealed class JobFailurePolicy(IOptions<HarvestingOptions> options)
{
    /// <summary>The exception the job should throw for <paramref name="failure"/>.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="context">The Hangfire context (null when the job is run directly), for the retry count.</param>
    /// <param name="recordFinalFailure">Stores the reason (code, message) when the failure is final.</param>
    public async Task<HarvestJobException> ResolveAsync(Exception failure, PerformContext? context, Func<string, string, Task> recordFinalFailure)
    {
        var code = TransientFailures.CodeOf(failure);
        var transient = TransientFailures.IsTransient(failure);
        var retriesDone = context?.GetJobParameter<int>("RetryCount") ?? 0;
        if (transient && retriesDone < options.Value.JobRetries)
        {
            return new RetryableHarvestException(code, failure.Message, failure);
        }

        var message = transient ? $"{failure.Message} (gave up after {retriesDone + 1} job attempt(s))" : failure.Message;
        await recordFinalFailure(code, message).ConfigureAwait(false);
        return new HarvestFailedException(code, message, failure);
    }
}
