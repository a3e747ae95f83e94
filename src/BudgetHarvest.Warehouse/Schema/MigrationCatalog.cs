using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Warehouse.Schema;

/// <summary>
/// The migrations shipped with this assembly: <c>Schema/Migrations/common/NNNN_name.sql</c> run on
/// both backends, <c>postgres/</c> and <c>duckdb/</c> only on theirs. One version sequence spans all
/// three folders, so a version means the same logical schema on either backend.
/// </summary>
public static partial class MigrationCatalog
{
    private static readonly Lazy<(string Folder, Migration Migration)[]> Embedded = new(LoadEmbedded);

    /// <summary>The migrations of one backend, in version order.</summary>
    /// <exception cref="InvalidOperationException">Two shipped scripts share a version (a build mistake).</exception>
    public static IReadOnlyList<Migration> For(WarehouseBackend backend)
    {
        var folder = backend == WarehouseBackend.PostgreSql ? "postgres" : "duckdb";
        var migrations = Embedded.Value.Where(e => e.Folder is "common" || e.Folder == folder).Select(e => e.Migration).OrderBy(m => m.Version).ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? migrations
            : throw new InvalidOperationException($"Migration version {duplicate.Key} is shipped more than once for {backend}.");
    }

    private static (string, Migration)[] LoadEmbedded()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<(string, Migration)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
            migrations.Add((match.Groups["folder"].Value, new Migration(version, match.Groups["name"].Value, reader.ReadToEnd())));
        }

        return [.. migrations];
    }

    [GeneratedRegex(@"^migrations/(?<folder>common|postgres|duckdb)/(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
