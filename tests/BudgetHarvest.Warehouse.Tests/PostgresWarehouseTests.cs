namespace BudgetHarvest.Warehouse.Tests;

// The backend-neutral contract run against the test PostgreSQL, one fresh schema per test.

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseLoadTests(PostgresDatabaseFixture database) : WarehouseLoadTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseCatalogTests(PostgresDatabaseFixture database) : WarehouseCatalogTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseSqlTests(PostgresDatabaseFixture database) : WarehouseSqlTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAnalystViewTests(PostgresDatabaseFixture database) : AnalystViewTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseMonitoringTests(PostgresDatabaseFixture database) : WarehouseMonitoringTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}
