using System.Reflection;

namespace BudgetHarvest.Benchmarks;

/// <summary>Picks the benchmark named by the first argument; a bare folder runs the extraction benchmark.</summary>
internal static class BenchmarkRunner
{
    private const string DefaultBenchmark = "extract";

    public static async Task<int> RunAsync(string[] args)
    {
        var benchmarks = Discover();
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            PrintUsage(benchmarks);
            return args.Length == 0 ? 2 : 0;
        }

        var selected = benchmarks.FirstOrDefault(b => b.Name == args[0]);
        var rest = selected is null ? args : args[1..];
        if (selected is null && (Directory.Exists(args[0]) || File.Exists(args[0])))
        {
            selected = benchmarks.FirstOrDefault(b => b.Name == DefaultBenchmark);
        }

        if (selected is null)
        {
            Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
            PrintUsage(benchmarks);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await selected.RunAsync(rest, cancel.Token).ConfigureAwait(false);
    }

    private static List<IBenchmark> Discover() =>
        [.. typeof(BenchmarkRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
            .Select(t => (IBenchmark)Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, null, null)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)];

    private static void PrintUsage(IEnumerable<IBenchmark> benchmarks)
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project src/BudgetHarvest.Benchmarks -- <benchmark> [args]");
        foreach (var benchmark in benchmarks)
        {
            Console.Error.WriteLine($"  {benchmark.Name,-10} {benchmark.Usage}");
        }
    }
}
