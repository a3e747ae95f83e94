using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// A document that cannot be extracted, with the issue code that tells the reviewer why. Such a
/// failure is deterministic: retrying the same bytes fails the same way.
/// </summary>
public sealed class ExtractionFailure : BudgetHarvestException
{
    public ExtractionFailure(string code, string message, Exception? inner = null)
        : base(code, message, inner)
    {
    }

    public ExtractionFailure()
        : this(Core.Model.IssueCodes.ExtractionFailed, "The document could not be extracted.")
    {
    }

    public ExtractionFailure(string message)
        : this(Core.Model.IssueCodes.ExtractionFailed, message)
    {
    }

    public ExtractionFailure(string message, Exception innerException)
        : this(Core.Model.IssueCodes.ExtractionFailed, message, innerException)
    {
    }
}
