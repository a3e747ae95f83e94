using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.DuckDb;
using Npgsql;

namespace BudgetHarvest.Benchmarks;

/// <summary>
/// Loads the public corpus many times over (each copy a new SHA-256 and a unit of its own) into
/// PostgreSQL and DuckDB, and prints documents and budget-line rows per second for each.
/// </summary>
internal sealed class LoadBenchmark : IBenchmark
{
    private const string PostgresVariable = "BUDGETHARVEST_BENCH_PG";

    public string Name => "load";

    public string Usage => $"[--copies N (20)] [--parallel N (1)] [--corpus DIR (fixtures/public)] [--pg CONNSTR (${PostgresVariable}, else $BUDGETHARVEST_TEST_PG)] [--no-pg] [--no-duckdb]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var copies = int.Parse(Option(args, "--copies") ?? "20", CultureInfo.InvariantCulture);
        var parallel = int.Parse(Option(args, "--parallel") ?? "1", CultureInfo.InvariantCulture);
        var corpus = Option(args, "--corpus") ?? FindCorpus();
        var pg = Option(args, "--pg") ?? Environment.GetEnvironmentVariable(PostgresVariable) ?? Environment.GetEnvironmentVariable("BUDGETHARVEST_TEST_PG");
        var files = Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var load = new LoadPlan(files, copies, parallel);
        Console.WriteLine($"corpus: {files.Count} documents from {corpus}, {copies} copies = {files.Count * copies} documents, {parallel} loader(s)");

        if (!args.Contains("--no-pg"))
        {
            if (string.IsNullOrWhiteSpace(pg))
            {
                Console.Error.WriteLine($"PostgreSQL skipped: pass --pg or set {PostgresVariable} (an Npgsql connection string that may create schemas).");
            }
            else
            {
                await RunPostgresAsync(pg, load, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!args.Contains("--no-duckdb"))
        {
            var folder = Directory.CreateTempSubdirectory("bh-bench-").FullName;
            try
            {
                await using var duckDb = new DuckDbWarehouse(Path.Combine(folder, "bench.duckdb"));
                await MeasureAsync(duckDb, load, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static async Task RunPostgresAsync(string connectionString, LoadPlan load, CancellationToken cancellationToken)
    {
        // A schema of its own, dropped afterwards, so the run starts empty and leaves nothing behind.
        var schema = $"bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await using (var create = dataSource.CreateCommand($"CREATE SCHEMA {schema}"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // Built the way the hosts build it (AddBudgetWarehouse), connection settings included.
            await using var warehouse = new WarehouseOptions(WarehouseBackend.PostgreSql, builder.ConnectionString, "").CreateWarehouse(TimeProvider.System);
            await MeasureAsync(warehouse, load, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var drop = dataSource.CreateCommand($"DROP SCHEMA {schema} CASCADE");
            await drop.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task MeasureAsync(DocumentWarehouse warehouse, LoadPlan load, CancellationToken cancellationToken)
    {
        await warehouse.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        // One untimed copy first, so the figures are the steady state, not JIT compilation.
        await LoadCopiesAsync(warehouse, load.Files, [-1], cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var perLoader = await Task.WhenAll(Enumerable.Range(0, load.Parallel).Select(loader => Task.Run(() => LoadCopiesAsync(warehouse, load.Files, Enumerable.Range(0, load.Copies).Where(c => c % load.Parallel == loader), cancellationToken), cancellationToken))).ConfigureAwait(false);
        if (warehouse is DuckDbWarehouse duckDb)
        {
            // What DuckDB defers to its checkpoints is part of the load's cost.
            await duckDb.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        clock.Stop();
        var documents = perLoader.Sum(r => r.Documents);
        var lines = perLoader.Sum(r => r.Lines);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{warehouse.Backend,-10} {documents,6} docs {lines,9} budget lines in {seconds,7:F2} s: {documents / seconds,8:F1} docs/s {lines / seconds,10:F0} rows/s"));
    }

    /// <summary>One loader's share of the copies of the corpus, on documents of its own.</summary>
    private static async Task<(int Documents, long Lines)> LoadCopiesAsync(DocumentWarehouse warehouse, List<string> files, IEnumerable<int> copies, CancellationToken cancellationToken)
    {
        var documents = files.Select(BudgetJson.Deserialize).ToList();
        var originals = documents.Select(d => (d.Source.Sha256, d.Document.UnitName)).ToList();
        var count = 0;
        long lines = 0;
        foreach (var copy in copies)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                // Each copy is another PDF of another unit: a new identity, never an unchanged reload.
                var document = documents[i];
                document.Source.Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{originals[i].Sha256}:{copy}")));
                document.Document.UnitName = $"{originals[i].UnitName}#{copy}";
                lines += (await warehouse.LoadAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false)).BudgetLines;
                count++;
            }
        }

        return (count, lines);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "public");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No fixtures/public above the current directory; pass --corpus.");
    }

    private sealed record LoadPlan(List<string> Files, int Copies, int Parallel);
}
