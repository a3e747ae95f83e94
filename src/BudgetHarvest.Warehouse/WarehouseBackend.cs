namespace BudgetHarvest.Warehouse;

/// <summary>The two stores the warehouse runs on; they share one logical schema.</summary>
public enum WarehouseBackend
{
    /// <summary>PostgreSQL: production, shared by the harvester and the dashboard.</summary>
    PostgreSql,

    /// <summary>An embedded DuckDB file: the default for analysts and first runs, nothing to install.</summary>
    DuckDb,
}
