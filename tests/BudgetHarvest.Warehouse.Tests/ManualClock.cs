namespace BudgetHarvest.Warehouse.Tests;

/// <summary>A clock that moves only when told, so load and review times are known.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
