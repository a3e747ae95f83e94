using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>What a harvest job's final failure is recorded against: in the warehouse's source failures and in its run's journal.</summary>
/// <param name="Location">The URL or path of the source or document.</param>
/// <param name="Unit">The unit it was harvested for.</param>
/// <param name="RunId">The run it belongs to (null for a scheduled harvest).</param>
/// <param name="IsSource">True for a source whose documents could not be discovered; false for one document.</param>
/// <param name="ItemLocation">The item's location as its run knows it (as discovered), when it differs from <paramref name="Location"/>.</param>
public sealed record FailedItem(string Location, UnitRef Unit, string? RunId, bool IsSource, string? ItemLocation = null)
{
    /// <summary>The item's identity in its run's ledger.</summary>
    public string RunLocation => ItemLocation ?? Location;
}

/// <summary>
/// A pipeline job that Hangfire runs under the <see cref="HarvestJobFilter"/>: its transient failures
/// are retried and its final one recorded against the item it names. Registered with
/// <c>AddHarvestJob&lt;TJob&gt;</c>.
/// </summary>
public interface IHarvestJob
{
    /// <summary>The item a run of this job with these arguments (its <c>RunAsync</c> parameters, in order) works on.</summary>
    static abstract FailedItem FailedItemOf(IReadOnlyList<object?> arguments);
}

/// <summary>A registered <see cref="IHarvestJob"/>: its type and how to name the item of one of its runs.</summary>
public sealed record HarvestJobRegistration(Type JobType, Func<IReadOnlyList<object?>, FailedItem> FailedItemOf);
