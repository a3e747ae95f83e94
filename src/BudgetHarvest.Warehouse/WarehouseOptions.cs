using BudgetHarvest.Warehouse.DuckDb;
using BudgetHarvest.Warehouse.Postgres;
using BudgetHarvest.Warehouse.Reading;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// Which store to use, read from configuration the ASP.NET way: PostgreSQL when
/// <c>ConnectionStrings:Warehouse</c> is set (environment: <c>ConnectionStrings__Warehouse</c>),
/// otherwise the DuckDB file at <c>Warehouse:DuckDbPath</c> (default <see cref="DefaultDuckDbPath"/>).
/// </summary>
/// <param name="Backend">The chosen store.</param>
/// <param name="PostgresConnectionString">The Npgsql connection string, for PostgreSQL.</param>
/// <param name="DuckDbPath">The database file, for DuckDB.</param>
public sealed record WarehouseOptions(WarehouseBackend Backend, string? PostgresConnectionString, string DuckDbPath)
{
    /// <summary>The connection string name: <c>ConnectionStrings:Warehouse</c>.</summary>
    public const string ConnectionStringName = "Warehouse";

    /// <summary>The configuration key of the DuckDB file.</summary>
    public const string DuckDbPathKey = "Warehouse:DuckDbPath";

    /// <summary>Where the embedded warehouse lives unless configured otherwise, relative to the current directory.</summary>
    public const string DefaultDuckDbPath = "data/budgetharvest.duckdb";

    /// <summary>Reads the options; an empty connection string counts as unset.</summary>
    public static WarehouseOptions From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var duckDbPath = configuration[DuckDbPathKey] is { Length: > 0 } path ? path : DefaultDuckDbPath;
        return string.IsNullOrWhiteSpace(connectionString)
            ? new WarehouseOptions(WarehouseBackend.DuckDb, null, duckDbPath)
            : new WarehouseOptions(WarehouseBackend.PostgreSql, connectionString, duckDbPath);
    }

    /// <summary>Creates the warehouse these options name; it owns its connections (dispose it).</summary>
    public DocumentWarehouse CreateWarehouse(TimeProvider timeProvider) => Backend == WarehouseBackend.PostgreSql
        ? new PostgresWarehouse(NpgsqlDataSource.Create(WithStatementCache(PostgresConnectionString!)), timeProvider, ownsDataSource: true)
        : new DuckDbWarehouse(DuckDbPath, timeProvider);

    /// <summary>
    /// A reader of the warehouse these options name, for SQL from people and for exports: it never
    /// creates, migrates or changes the warehouse (dispose it).
    /// </summary>
    /// <param name="access">For DuckDB: <see cref="DuckDbReadAccess.Sandboxed"/> for typed SQL, <see cref="DuckDbReadAccess.FileOutput"/> for export's own statements.</param>
    public WarehouseReader CreateReader(DuckDbReadAccess access) => Backend == WarehouseBackend.PostgreSql
        ? new PostgresReader(PostgresConnectionString!)
        : new DuckDbReader(DuckDbPath, access);

    // Every load runs the same few statements: prepared once per connection, the server stops
    // re-planning them for each document. A connection string that sets its own value keeps it.
    private static string WithStatementCache(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 32;
        }

        return builder.ConnectionString;
    }
}
