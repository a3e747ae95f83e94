namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Why a harvest job ended without doing its work. Hangfire retries only
/// <see cref="RetryableHarvestException"/>; a <see cref="HarvestFailedException"/> goes straight to
/// the Failed state, its reason already recorded in the warehouse.
/// </summary>
public abstract class HarvestJobException : Exception
{
    protected HarvestJobException(string code, string message, Exception? inner)
        : base($"{code}: {message}", inner) => Code = code;

    /// <summary>A stable reason, e.g. <c>http_503</c> or <c>invalid_pdf</c>.</summary>
    public string Code { get; }

    /// <summary>True when running the job again may succeed.</summary>
    public abstract bool IsTransient { get; }
}

/// <summary>A transient failure with retries left: Hangfire schedules the job again.</summary>
public sealed class RetryableHarvestException(string code, string message, Exception? inner = null) : HarvestJobException(code, message, inner)
{
    public override bool IsTransient => true;
}

/// <summary>A final failure (deterministic, or transient with no retries left): recorded, never retried.</summary>
public sealed class HarvestFailedException(string code, string message, Exception? inner = null) : HarvestJobException(code, message, inner)
{
    public override bool IsTransient => false;
}
