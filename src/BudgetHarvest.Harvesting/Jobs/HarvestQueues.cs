namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// The Hangfire queues: I/O-bound work and CPU-bound extraction get separate worker pools, so a
/// thousand downloads never starve the cores and extraction never blocks the downloads.
/// </summary>
public static class HarvestQueues
{
    /// <summary>Discovering, fetching, validating and loading.</summary>
    public const string Harvest = "harvest";

    /// <summary>PDF extraction.</summary>
    public const string Extract = "extract";
}
