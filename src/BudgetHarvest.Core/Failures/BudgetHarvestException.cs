namespace BudgetHarvest.Core.Failures;

/// <summary>
/// The root of every failure BudgetHarvest raises on purpose, as Npgsql's <c>NpgsqlException</c> is for
/// its own: a stable <see cref="Code"/> for the dashboard and the run journal, and
/// <see cref="IsTransient"/> for whoever decides whether to try again. Code that retries (the harvest
/// job filter) reads these two properties and needs to know no stage's exception types.
/// </summary>
public abstract class BudgetHarvestException : Exception
{
    /// <summary>The code of a failure that names none of its own.</summary>
    public const string UnexpectedCode = "unexpected_error";

    protected BudgetHarvestException()
        : this(UnexpectedCode, "BudgetHarvest failed.")
    {
    }

    protected BudgetHarvestException(string message)
        : this(UnexpectedCode, message)
    {
    }

    protected BudgetHarvestException(string message, Exception innerException)
        : this(UnexpectedCode, message, innerException)
    {
    }

    protected BudgetHarvestException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>A stable reason in snake_case, e.g. <c>http_503</c>, <c>invalid_pdf</c> or <c>seed_invalid</c>.</summary>
    public string Code { get; }

    /// <summary>True when doing the same thing again later may succeed (a lost connection, a 503, a timeout).</summary>
    public virtual bool IsTransient => false;
}
