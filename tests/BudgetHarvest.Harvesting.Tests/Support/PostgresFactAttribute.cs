namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// A fact that needs the test PostgreSQL (<c>BUDGETHARVEST_TEST_PG</c>, set by <c>scripts/test.sh</c>):
/// skipped with a reason when it is unset, except under <c>CI=true</c>, where it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "BUDGETHARVEST_TEST_PG";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set; run `bash scripts/test.sh`, which starts a throwaway PostgreSQL and sets it.";
        }
    }

    /// <summary>The admin connection string, or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string, or a clear failure when a PostgreSQL test runs without one (CI).</summary>
    public static string RequiredConnectionString =>
        ConnectionString ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: run the suite through `bash scripts/test.sh`.");
}
