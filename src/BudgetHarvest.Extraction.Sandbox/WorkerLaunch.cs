using System.Diagnostics;
using System.Globalization;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>
/// How a worker process is started. The worker is budget-harvest-worker.dll, which every host gets
/// in its output folder through its project reference to BudgetHarvest.Extraction.Worker (the CLI's bin folder,
/// <c>dotnet run --project</c>, the web host, test and benchmark folders alike). A framework-dependent
/// dll runs under the dotnet host: <c>DOTNET_HOST_PATH</c> (set by the SDK for <c>dotnet run</c>/<c>test</c>),
/// else this process itself when it is dotnet, else the dotnet of <c>DOTNET_ROOT</c>, else dotnet on PATH.
/// </summary>
internal sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The worker's file name beside the host's assemblies.</summary>
    public const string WorkerFileName = "budget-harvest-worker.dll";

    private const long Megabyte = 1024 * 1024;

    /// <exception cref="FileNotFoundException">No worker is where the options say or beside the host.</exception>
    public static WorkerLaunch Find(SandboxOptions options)
    {
        var path = Path.GetFullPath(options.WorkerPath ?? Path.Combine(AppContext.BaseDirectory, WorkerFileName));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The extraction worker {path} is missing: the host must reference BudgetHarvest.Extraction.Worker (which copies the worker into its output), or set {SandboxOptions.Section}:{nameof(SandboxOptions.WorkerPath)}.", path);
        }

        return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new WorkerLaunch(DotnetHost(), [path])
            : new WorkerLaunch(path, []);
    }

    /// <summary>The start info of one worker: pipes for the protocol and stderr, and the child's memory limit.</summary>
    public ProcessStartInfo StartInfo(SandboxOptions options)
    {
        var info = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The runtime reads these as hexadecimal. Workstation GC: one heap, so the limit is the worker's, not per core.
        info.Environment["DOTNET_GCHeapHardLimit"] = (options.HeapLimitMegabytes * Megabyte).ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        // A crashing worker is expected; it must not spend time or disk writing dumps.
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["DOTNET_EnableCrashReport"] = "0";
        return info;
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && Path.Combine(root, "dotnet") is var rooted && File.Exists(rooted))
        {
            return rooted;
        }

        return "dotnet";
    }
}
