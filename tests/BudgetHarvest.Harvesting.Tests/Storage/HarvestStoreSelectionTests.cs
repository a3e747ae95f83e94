using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Storage.Postgres;
using BudgetHarvest.Harvesting.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Storage;

public sealed class HarvestStoreSelectionTests
{
    private const string Database = "Host=db.example;Database=harvest;Username=u";

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(null, "Warehouse", null, Database)]
    [InlineData(null, "Hangfire", null, Database)]
    [InlineData("Auto", "HarvestStore", null, Database)]
    [InlineData("Folder", "Warehouse", null, null)]
    [InlineData("PostgreSql", "Warehouse", null, Database)]
    [InlineData(null, "Warehouse", "Host=other;Database=store", "Host=other;Database=store")]
    public void ConnectionString_Configuration_PicksTheStore(string? store, string? connectionName, string? ownConnection, string? expected)
    {
        var configuration = Configuration(store, connectionName, ownConnection);

        Assert.Equal(expected, HarvestStoreSelection.ConnectionString(configuration));
    }

    [Fact]
    public void ConnectionString_PostgreSqlWithoutAnyConnectionString_ThrowsNamingTheSettings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HarvestStoreSelection.ConnectionString(Configuration("PostgreSql", null, null)));

        Assert.Contains("ConnectionStrings:Warehouse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBudgetHarvesting_WarehouseOnPostgreSql_ResolvesEveryStoreFromTheDatabaseAndNoneFromTheFolder()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(folder.Path, new InMemoryWarehouse(), new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = Database,
            ["Harvesting:JobStorage"] = "InMemory",
        });

        Assert.IsType<PostgresBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.IsType<PostgresStagedDocuments>(services.GetRequiredService<IStagedDocuments>());
        Assert.IsType<PostgresSourceStateStore>(services.GetRequiredService<ISourceStateStore>());
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void AddBudgetHarvesting_NoConnectionString_UsesTheFolder()
    {
        using var folder = new TempFolder();
        using var services = TestServices.Build(folder.Path, new InMemoryWarehouse());

        Assert.IsType<FileBlobStore>(services.GetRequiredService<IBlobStore>());
        Assert.IsType<FileStagedDocuments>(services.GetRequiredService<IStagedDocuments>());
        Assert.IsType<FileSourceStateStore>(services.GetRequiredService<ISourceStateStore>());
    }

    private static IConfiguration Configuration(string? store, string? connectionName, string? ownConnection)
    {
        var settings = new Dictionary<string, string?> { ["Harvesting:Store"] = store };
        if (connectionName is not null)
        {
            settings[$"ConnectionStrings:{connectionName}"] = Database;
        }

        if (ownConnection is not null)
        {
            settings["ConnectionStrings:HarvestStore"] = ownConnection;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
