using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Warehouse.Tests;

// The backend-neutral contract run against a real DuckDB file, in a folder the warehouse must create.

public sealed class DuckDbWarehouseLoadTests : WarehouseLoadTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

public sealed class DuckDbWarehouseCatalogTests : WarehouseCatalogTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

public sealed class DuckDbWarehouseSqlTests : WarehouseSqlTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

public sealed class DuckDbAnalystViewTests : AnalystViewTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

public sealed class DuckDbWarehouseMonitoringTests : WarehouseMonitoringTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}
