namespace BudgetHarvest.Warehouse.Reading;

/// <summary>What a read-only DuckDB connection may touch besides the warehouse file.</summary>
public enum DuckDbReadAccess
{
    /// <summary>Nothing: no other files, no URLs, no extensions, configuration locked. For SQL typed by people.</summary>
    Sandboxed,

    /// <summary>May write files, for <c>export</c>'s own statements (<c>COPY … TO</c> a Parquet file); never for typed SQL.</summary>
    FileOutput,
}
