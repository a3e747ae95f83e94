namespace BudgetHarvest.Harvesting.Seeds;

/// <summary>
/// One source of one unit: what a harvest job is given. It is serialized into the job's arguments,
/// so a recurring job keeps working from the seed as it was when the job was registered.
/// </summary>
/// <param name="Unit">The unit the documents belong to.</param>
/// <param name="Source">Where to look.</param>
/// <param name="Schedule">The unit's cron schedule, or null.</param>
/// <param name="SourceIndex">The source's position in the unit's list, for stable job ids.</param>
public sealed record HarvestTarget(UnitRef Unit, SeedSource Source, string? Schedule, int SourceIndex)
{
    /// <summary>A stable id for the recurring job of this source.</summary>
    public string RecurringJobId => $"harvest:{Unit.Region}:{Unit.Code ?? Unit.Name}:{SourceIndex}";

    /// <summary>
    /// The source's identity in a harvest run's ledger: its location alone would merge two units'
    /// sources in one folder (each with its own file pattern).
    /// </summary>
    public string RunKey => $"{Source.Location} [{RecurringJobId}]";

    public override string ToString() => $"{Unit.Name}: {Source}";
}
