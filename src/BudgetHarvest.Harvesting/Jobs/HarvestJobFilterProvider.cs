using Hangfire;
using Hangfire.Common;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Hangfire's filters for this container's jobs: the global and attribute filters, without Hangfire's
/// default <see cref="AutomaticRetryAttribute"/> (which would retry every failure ten times), plus
/// this container's <see cref="HarvestJobFilter"/>. A provider per container, not a global filter,
/// so two hosts in one process each record failures in their own warehouse.
/// </summary>
internal sealed class HarvestJobFilterProvider(HarvestJobFilter filter) : IJobFilterProvider
{
    public IEnumerable<JobFilter> GetFilters(Job job) =>
        JobFilterProviders.Providers.GetFilters(job)
            .Where(f => f.Instance is not AutomaticRetryAttribute)
            .Append(new JobFilter(filter, JobFilterScope.Global, null));
}
