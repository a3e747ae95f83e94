using Xunit;

namespace BudgetHarvest.Testing;

/// <summary>
/// A fact that needs the test PostgreSQL: skipped with a reason when <c>BUDGETHARVEST_TEST_PG</c>
/// is unset, except under <c>CI=true</c>, where it runs and fails with a clear message instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.IsCi)
        {
            Skip = TestPostgres.SkipReason;
        }
    }
}
