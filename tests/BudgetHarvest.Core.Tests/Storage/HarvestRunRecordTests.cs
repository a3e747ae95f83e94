using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Core.Tests.Storage;

public sealed class HarvestRunRecordTests
{
    [Theory]
    [InlineData(0, HarvestRunRecord.CompleteState)]
    [InlineData(3, HarvestRunRecord.StaleState)]
    public void State_ByItemsNeverReported_IsCompleteOrStale(int outstanding, string expected)
    {
        var run = new HarvestRunRecord("r1", "schedule", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 2, 5, 5, 2, 0, 0, outstanding, []);

        Assert.Equal(expected, run.State);
    }
}
