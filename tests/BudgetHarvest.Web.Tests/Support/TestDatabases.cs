using BudgetHarvest.Testing;
using Npgsql;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>A database of its own for each test, on the PostgreSQL that scripts/test.sh starts (<see cref="TestPostgres"/>).</summary>
internal static class TestDatabases
{
    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var admin = TestPostgres.RequiredConnectionString;
        var name = $"bh_web_{Guid.NewGuid():N}";
        await using (var dataSource = NpgsqlDataSource.Create(admin))
        await using (var create = dataSource.CreateCommand($"CREATE DATABASE \"{name}\""))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
