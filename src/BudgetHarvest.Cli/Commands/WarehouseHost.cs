using System.CommandLine;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// The warehouse the load, query and export commands use, configured the ASP.NET way:
/// <c>appsettings.json</c> (beside the binary, then in the current folder), environment variables
/// (<c>ConnectionStrings__Warehouse</c>, <c>Warehouse__DuckDbPath</c>), then <c>--warehouse</c>.
/// </summary>
internal static class WarehouseHost
{
    public static Option<string?> CreateOption() => new("--warehouse", "-w")
    {
        Description = "A DuckDB file, or a PostgreSQL connection string (Host=…;Database=…). " +
                      $"Default: ConnectionStrings__Warehouse if set, else {WarehouseOptions.DefaultDuckDbPath}.",
    };

    /// <summary>The <c>--create</c> flag of the commands that write: without it, a DuckDB file that does not exist is an error.</summary>
    public static Option<bool> CreateFlag() => new("--create")
    {
        Description = "Create the DuckDB warehouse file when it does not exist (without it, a missing file is an error, so a mistyped --warehouse never starts a new empty warehouse).",
    };

    /// <summary>
    /// False (the reason written to <paramref name="error"/>) when the configured warehouse is a
    /// DuckDB file that does not exist and <paramref name="create"/> is not given. A PostgreSQL
    /// warehouse is a server: its schema is created on first use, as before.
    /// </summary>
    public static bool Exists(string? warehouse, bool create, TextWriter error)
    {
        var options = WarehouseOptions.From(Configuration(warehouse));
        if (create || options.Backend != WarehouseBackend.DuckDb || File.Exists(options.DuckDbPath))
        {
            return true;
        }

        error.WriteLine($"error: no warehouse at {Path.GetFullPath(options.DuckDbPath)}; pass --create to create a new one there (or check --warehouse).");
        return false;
    }

    /// <summary>The services of one command run; disposing them closes the warehouse.</summary>
    public static ServiceProvider Build(string? warehouse) =>
        new ServiceCollection().AddBudgetWarehouse(Configuration(warehouse)).BuildServiceProvider();

    /// <summary>
    /// A reader of the configured warehouse for query and export, or null (the reason written to
    /// <paramref name="error"/>) when the DuckDB file does not exist: only load and harvest create a
    /// warehouse, so a mistyped path is an error, never a new empty warehouse.
    /// </summary>
    public static WarehouseReader? OpenReader(string? warehouse, DuckDbReadAccess access, TextWriter error)
    {
        var options = WarehouseOptions.From(Configuration(warehouse));
        if (options.Backend == WarehouseBackend.DuckDb && !File.Exists(options.DuckDbPath))
        {
            error.WriteLine($"error: no warehouse at {Path.GetFullPath(options.DuckDbPath)} (load --create or harvest --create make one; check --warehouse).");
            return null;
        }

        return options.CreateReader(access);
    }

    /// <summary>The configuration with <paramref name="warehouse"/> (when given) overriding the rest.</summary>
    public static IConfiguration Configuration(string? warehouse)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(warehouse))
        {
            // Npgsql connection strings are Key=Value pairs; a file path has no '=' in practice.
            var isPostgres = warehouse.Contains('=', StringComparison.Ordinal);
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{WarehouseOptions.ConnectionStringName}"] = isPostgres ? warehouse : "",
                [WarehouseOptions.DuckDbPathKey] = isPostgres ? null : warehouse,
            });
        }

        return builder.Build();
    }
}
