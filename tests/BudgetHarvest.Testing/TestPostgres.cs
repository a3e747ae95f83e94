namespace BudgetHarvest.Testing;

/// <summary>
/// Where the test PostgreSQL is (<c>BUDGETHARVEST_TEST_PG</c>, set by <c>scripts/test.sh</c>), and whether
/// its absence is an error (CI) or a reason to skip (a laptop).
/// </summary>
public static class TestPostgres
{
    public const string Variable = "BUDGETHARVEST_TEST_PG";

    /// <summary>The admin connection string from <see cref="Variable"/>, or null when unset.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>CI must never go green by skipping the database tests, so there a missing server is a failure.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"{Variable} is not set (an Npgsql connection string to a PostgreSQL that may create databases); " +
        "run `bash scripts/test.sh`, which starts a throwaway server and sets it.";

    public static string MissingInCiMessage =>
        $"CI=true but {Variable} is not set: the PostgreSQL tests cannot run and must not be skipped in CI. " +
        "Run the suite through `bash scripts/test.sh` (it starts a throwaway server and sets the variable).";

    /// <summary>The connection string, or a clear failure when a PostgreSQL test runs without one (CI).</summary>
    public static string RequiredConnectionString => ConnectionString ?? throw new InvalidOperationException(MissingInCiMessage);
}
