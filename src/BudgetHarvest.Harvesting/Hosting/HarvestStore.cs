namespace BudgetHarvest.Harvesting.Hosting;

/// <summary>Where fetched PDFs, staged documents and conditional-GET state are kept.</summary>
public enum HarvestStore
{
    /// <summary>
    /// PostgreSQL when the warehouse or Hangfire is PostgreSQL (a connection string is configured),
    /// so every worker on every machine sees what any of them fetched; the local folder otherwise.
    /// </summary>
    Auto,

    /// <summary>The folder <see cref="HarvestingOptions.StoreFolder"/>: the embedded default, one machine (or a shared mount).</summary>
    Folder,

    /// <summary>Tables in PostgreSQL beside the warehouse: nothing shared but the database.</summary>
    PostgreSql,
}
