using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// A source that could not be fetched. <see cref="IsTransient"/> tells whether trying again later
/// may succeed (a 503, a reset connection, a timeout) or not (a 404, an HTML page, a file too large);
/// <see cref="BudgetHarvestException.Code"/> is one of <see cref="FetchFailureCodes"/>.
/// </summary>
public sealed class FetchException : BudgetHarvestException
{
    private readonly bool _isTransient;

    public FetchException(string sourceUri, string code, string message, bool isTransient, Exception? inner = null)
        : base(code, message, inner)
    {
        SourceUri = sourceUri;
        _isTransient = isTransient;
    }

    public FetchException()
        : this("", FetchFailureCodes.ConnectionFailed, "The fetch failed.", isTransient: true)
    {
    }

    public FetchException(string message)
        : this("", FetchFailureCodes.ConnectionFailed, message, isTransient: true)
    {
    }

    public FetchException(string message, Exception innerException)
        : this("", FetchFailureCodes.ConnectionFailed, message, isTransient: true, innerException)
    {
    }

    /// <summary>The URL or path that failed.</summary>
    public string SourceUri { get; }

    /// <summary>True when the same request may succeed later.</summary>
    public override bool IsTransient => _isTransient;
}
