using BudgetHarvest.Testing;
using Npgsql;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>A schema of its own on the test PostgreSQL, and a connection string whose search_path is it; dropped on dispose.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private PostgresSchema(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Unqualified tables created through this connection string land in the schema.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync(string prefix)
    {
        var admin = TestPostgres.RequiredConnectionString;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        await ExecuteAsync($"CREATE SCHEMA \"{name}\"");
        return new PostgresSchema(name, new NpgsqlConnectionStringBuilder(admin) { SearchPath = name }.ConnectionString);
    }

    /// <summary>Runs SQL as the admin (names in it must be qualified).</summary>
    public static async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of a query run in this schema.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE");
}
