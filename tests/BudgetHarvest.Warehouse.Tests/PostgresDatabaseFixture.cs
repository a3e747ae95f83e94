using Npgsql;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// A database created for this test run and dropped at its end, so runs never see each other's
/// data; each test then takes a fresh schema inside it, so tests never see each other's either.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private string? _adminConnectionString;
    private string? _databaseName;
    private int _schemaCount;

    public async Task InitializeAsync()
    {
        // Without a server, stay inert: the tests are skipped, or (in CI) fail in NewSchemaAsync with a clear message.
        _adminConnectionString = TestPostgres.ConnectionString;
        if (_adminConnectionString is null)
        {
            return;
        }

        _databaseName = $"budgetharvest_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..60];
        await using var admin = NpgsqlDataSource.Create(_adminConnectionString);
        await using var create = admin.CreateCommand($"CREATE DATABASE \"{_databaseName}\"");
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>A data source whose search path is a new, empty schema of the run's database.</summary>
    public async Task<NpgsqlDataSource> NewSchemaAsync()
    {
        var dataSource = NpgsqlDataSource.Create(await NewSchemaConnectionStringAsync());
        _dataSources.Add(dataSource);
        return dataSource;
    }

    /// <summary>The (admin) connection string of a new, empty schema of the run's database, as its search path.</summary>
    public async Task<string> NewSchemaConnectionStringAsync()
    {
        if (_adminConnectionString is null || _databaseName is null)
        {
            throw new InvalidOperationException(TestPostgres.MissingInCiMessage);
        }

        var schema = $"test_{Interlocked.Increment(ref _schemaCount)}";
        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _databaseName, SearchPath = schema };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await using var create = dataSource.CreateCommand($"CREATE SCHEMA \"{schema}\"");
        await create.ExecuteNonQueryAsync();
        return builder.ConnectionString;
    }

    /// <summary>A PostgreSQL warehouse over a new schema (the fixture keeps owning the data source).</summary>
    internal async Task<DocumentWarehouse> NewWarehouseAsync(TimeProvider clock) =>
        new Postgres.PostgresWarehouse(await NewSchemaAsync(), clock);

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }

        if (_adminConnectionString is null || _databaseName is null)
        {
            return;
        }

        await using var admin = NpgsqlDataSource.Create(_adminConnectionString);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Shares one run database among all warehouse test classes.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabaseFixture>
{
    public const string Name = "postgres";
}
