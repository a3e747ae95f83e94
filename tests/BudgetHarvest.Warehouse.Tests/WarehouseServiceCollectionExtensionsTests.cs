using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.DuckDb;
using BudgetHarvest.Warehouse.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Warehouse.Tests;

public sealed class WarehouseServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddBudgetWarehouse_NoConnectionString_RegistersDuckDbAtDefaultPath()
    {
        await using var services = Build(new Dictionary<string, string?>());

        var warehouse = Assert.IsType<DuckDbWarehouse>(services.GetRequiredService<IDocumentWarehouse>());

        Assert.Equal(Path.GetFullPath(WarehouseOptions.DefaultDuckDbPath), warehouse.Path);
        Assert.Same(warehouse, services.GetRequiredService<IWarehouseCatalog>());
        // Analysts' SQL never reaches the writer: it gets a sandboxed reader of the same file.
        Assert.Equal(warehouse.Path, Assert.IsType<Reading.DuckDbReader>(services.GetRequiredService<IWarehouseSql>()).Path);
    }

    [Fact]
    public async Task AddBudgetWarehouse_DuckDbPathConfigured_UsesThatFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "bh-config-test.duckdb");
        await using var services = Build(new Dictionary<string, string?> { [WarehouseOptions.DuckDbPathKey] = path, ["ConnectionStrings:Warehouse"] = "" });

        Assert.Equal(path, Assert.IsType<DuckDbWarehouse>(services.GetRequiredService<IDocumentWarehouse>()).Path);
    }

    [Fact]
    public async Task AddBudgetWarehouse_ConnectionStringSet_RegistersPostgreSql()
    {
        // Resolving connects to nothing: the data source opens connections only when used.
        await using var services = Build(new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = "Host=db.example;Port=5433;Database=harvest;Username=u" });

        var warehouse = Assert.IsType<PostgresWarehouse>(services.GetRequiredService<IWarehouseCatalog>());

        Assert.Equal(WarehouseBackend.PostgreSql, warehouse.Backend);
        Assert.Equal("PostgreSQL warehouse db.example:5433/harvest", warehouse.Description);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddBudgetWarehouse(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
