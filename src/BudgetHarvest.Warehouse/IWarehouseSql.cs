using System.Data.Common;

namespace BudgetHarvest.Warehouse;

/// <summary>The analyst's side of the warehouse: SQL over the tables and views, and export of the views.</summary>
public interface IWarehouseSql
{
    WarehouseBackend Backend { get; }

    /// <summary>Where the data lives, for messages (e.g. <c>DuckDB file /data/budgetharvest.duckdb</c>).</summary>
    string Description { get; }

    /// <summary>
    /// Runs one SQL statement that reads and hands its result to <paramref name="read"/>. The store is
    /// opened read-only and the transaction always rolled back: a query never changes the warehouse.
    /// </summary>
    /// <exception cref="QueryRefusedException">The SQL is not one statement, or not one that reads.</exception>
    /// <exception cref="WarehouseException">The SQL is wrong, the store refused it, or cannot be reached.</exception>
    Task<T> ReadAsync<T>(string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default);

    /// <summary>Writes the result of a query to a Parquet file.</summary>
    /// <returns>Rows written.</returns>
    Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default);
}
