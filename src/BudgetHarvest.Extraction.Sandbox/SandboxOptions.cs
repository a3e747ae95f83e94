namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>
/// Settings of sandboxed extraction (configuration section <c>Extraction:Sandbox</c>): how many
/// worker processes, and the limits each one runs under.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Extraction:Sandbox";

    /// <summary>Extract in worker processes (true) or in the host's own process (false: debugging only, hostile files can take the host down).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most workers alive at once, each extracting one document at a time; started on demand and reused.</summary>
    public int PoolSize { get; set; } = Environment.ProcessorCount;

    /// <summary>Resident memory a worker may reach; the host kills it beyond this and the document gets <c>resource_limit</c>.</summary>
    public int MemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>The worker's managed heap limit (<c>DOTNET_GCHeapHardLimit</c>): allocations beyond it fail inside the worker, below <see cref="MemoryLimitMegabytes"/>.</summary>
    public int HeapLimitMegabytes { get; set; } = 768;

    /// <summary>How long past the document time limit the host waits for a worker's answer before it kills the worker.</summary>
    public TimeSpan KillGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a new worker may take to load its classifier and say ready.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the host samples a busy worker's memory.</summary>
    public TimeSpan MemoryPollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The worker to run: its .dll (run by the dotnet host) or its executable. Default: budget-harvest-worker.dll beside the host's assemblies.</summary>
    public string? WorkerPath { get; set; }
}
