using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// A harvest job's own reason to stop for good (the fetched PDF or the staged document is gone, the
/// document is no budget, it is stored with an extraction error): never retried. The
/// <see cref="HarvestJobFilter"/> records it against the job's <see cref="FailedItem"/> unless
/// <see cref="IsRecorded"/> says the job has accounted for it already.
/// </summary>
public sealed class HarvestFailedException(string code, string message, Exception? inner = null) : BudgetHarvestException(code, message, inner)
{
    /// <summary>True when the job has accounted for the failure itself (the document is stored with its error, the run journal counts it), so nothing more is recorded.</summary>
    public bool IsRecorded { get; init; }
}
