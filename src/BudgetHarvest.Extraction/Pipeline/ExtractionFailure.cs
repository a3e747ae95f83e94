namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// A document that cannot be extracted, with the issue code that tells the reviewer why. Such a
/// failure is deterministic: retrying the same bytes fails the same way.
/// </summary>
public sealed class ExtractionFailure : Exception
{
    public ExtractionFailure(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    public ExtractionFailure()
    {
        Code = Core.Model.IssueCodes.ExtractionFailed;
    }

    public ExtractionFailure(string message)
        : base(message) => Code = Core.Model.IssueCodes.ExtractionFailed;

    public ExtractionFailure(string message, Exception innerException)
        : base(message, innerException) => Code = Core.Model.IssueCodes.ExtractionFailed;

    /// <summary>One of <see cref="Core.Model.IssueCodes"/>.</summary>
    public string Code { get; }
}
