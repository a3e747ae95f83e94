namespace BudgetHarvest.Harvesting.Hosting;

/// <summary>Settings of harvesting (configuration section <c>Harvesting</c>; fetch settings are in <c>Harvesting:Fetch</c>).</summary>
public sealed class HarvestingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Harvesting";

    /// <summary>
    /// Folder of the blob store, the conditional-GET state and the documents between jobs (relative
    /// paths from the current directory, beside the embedded warehouse's <c>data/</c>), when
    /// <see cref="Store"/> is the folder. With a PostgreSQL store nothing is written here.
    /// </summary>
    public string StoreFolder { get; set; } = "data/harvest";

    /// <summary>
    /// Where fetched PDFs, staged documents and fetch state are kept. <see cref="HarvestStore.Auto"/>:
    /// PostgreSQL when <c>ConnectionStrings:HarvestStore</c>, <c>ConnectionStrings:Warehouse</c> or
    /// <c>ConnectionStrings:Hangfire</c> is set, so workers on several machines need no shared folder;
    /// <see cref="StoreFolder"/> otherwise.
    /// </summary>
    public HarvestStore Store { get; set; } = HarvestStore.Auto;

    /// <summary>
    /// Size of one row of a PDF in the PostgreSQL blob store: large enough that a 20 MB PDF is a
    /// handful of rows, small enough that a row never nears PostgreSQL's 1 GB field limit or holds a
    /// worker's memory for long.
    /// </summary>
    public int StoreChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>Job-level retries of a transient failure that the fetch's own retries did not overcome.</summary>
    public int JobRetries { get; set; } = 3;

    /// <summary>Workers for discovering and fetching (I/O-bound) and for validating and loading.</summary>
    public int HarvestWorkers { get; set; } = 8;

    /// <summary>Workers for extraction (CPU-bound): by default one per core.</summary>
    public int ExtractionWorkers { get; set; } = Environment.ProcessorCount;

    /// <summary>The longest one document's extraction may take.</summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often Hangfire looks for retries that are due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Where Hangfire keeps its queues. <see cref="HarvestJobStorage.Auto"/>: PostgreSQL when
    /// <c>ConnectionStrings:Hangfire</c> or <c>ConnectionStrings:Warehouse</c> is set, so workers on
    /// several machines share them; in memory otherwise.
    /// </summary>
    public HarvestJobStorage JobStorage { get; set; } = HarvestJobStorage.Auto;

    /// <summary>The PostgreSQL schema of Hangfire's tables, when its storage is PostgreSQL.</summary>
    public string JobStorageSchema { get; set; } = "hangfire";

    /// <summary>Whether this process runs Hangfire workers (a web host that only shows the dashboard sets false).</summary>
    public bool RunWorkers { get; set; } = true;

    /// <summary>
    /// How long a harvest run may record nothing before it is closed as stale (its silent items counted
    /// as outstanding). Longer than the job retries' delays (<see cref="Jobs.HarvestJobFilter.RetryDelays"/>)
    /// add up to, so a run waiting on a retry is not closed early; a later report still corrects its record.
    /// </summary>
    public TimeSpan RunSilenceLimit { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How often a process with workers looks for silent runs to close.</summary>
    public TimeSpan RunSweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Where Hangfire keeps its queues.</summary>
public enum HarvestJobStorage
{
    /// <summary>PostgreSQL when a connection string is configured, in memory otherwise.</summary>
    Auto,

    /// <summary>In this process only: a self-contained batch run.</summary>
    InMemory,

    /// <summary>PostgreSQL, shared by every worker process that uses the same database.</summary>
    PostgreSql,
}
