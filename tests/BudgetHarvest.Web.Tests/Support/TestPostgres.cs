using Npgsql;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>The PostgreSQL that scripts/test.sh starts (<c>BUDGETHARVEST_TEST_PG</c>); each test gets a database of its own.</summary>
internal static class TestPostgres
{
    public const string Variable = "BUDGETHARVEST_TEST_PG";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        var name = $"bh_web_{Guid.NewGuid():N}";
        await using (var dataSource = NpgsqlDataSource.Create(admin))
        await using (var create = dataSource.CreateCommand($"CREATE DATABASE \"{name}\""))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString!);
        await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that needs the test PostgreSQL: skipped without it, except in CI (<c>CI=true</c>), where it fails instead.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.IsCi)
        {
            Skip = $"{TestPostgres.Variable} is not set (scripts/test.sh sets it).";
        }
    }
}
