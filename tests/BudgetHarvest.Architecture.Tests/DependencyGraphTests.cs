using BudgetHarvest.Testing;

namespace BudgetHarvest.Architecture.Tests;

/// <summary>
/// The dependency graph of every project in <c>src/</c>: each project has a layer, and references point
/// only to lower layers, so the pipeline stages never learn about their hosts and Core stays free of
/// databases, PDF parsing and machine learning. A new project fails here until it is given a layer.
/// </summary>
public sealed class DependencyGraphTests
{
    /// <summary>
    /// The layer of each project: Core (0) ← pipeline stages (1) ← orchestration (2) ← the composition
    /// root that wires them for every host (3) ← hosts (4).
    /// </summary>
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["BudgetHarvest.Core"] = 0,
        ["BudgetHarvest.Extraction"] = 1,
        ["BudgetHarvest.Validation"] = 1,
        ["BudgetHarvest.Classification"] = 1,
        ["BudgetHarvest.Warehouse"] = 1,
        ["BudgetHarvest.Harvesting"] = 2,
        ["BudgetHarvest.Extraction.Sandbox"] = 2,
        ["BudgetHarvest.Extraction.Worker"] = 2,
        ["BudgetHarvest.Pipeline"] = 3,
        ["BudgetHarvest.Cli"] = 4,
        ["BudgetHarvest.Web"] = 4,
        ["BudgetHarvest.Benchmarks"] = 4,
    };

    /// <summary>Packages a project must not reference, because its layer must not know them.</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPackages = new(StringComparer.Ordinal)
    {
        ["BudgetHarvest.Core"] = ["*"],
        ["BudgetHarvest.Validation"] = ["*"],
        ["BudgetHarvest.Extraction"] = ["Npgsql", "DuckDB", "Microsoft.ML", "Hangfire", "Microsoft.AspNetCore"],
        ["BudgetHarvest.Classification"] = ["Npgsql", "DuckDB", "PdfPig", "Hangfire", "Microsoft.AspNetCore"],
        ["BudgetHarvest.Warehouse"] = ["PdfPig", "Microsoft.ML", "Hangfire", "Microsoft.AspNetCore"],
    };

    private static IReadOnlyList<ProjectFile> Projects { get; } = ProjectFile.All(Fixtures.RepositoryRoot);

    public static TheoryData<string> ProjectNames() => [.. Projects.Select(p => p.Name)];

    [Fact]
    public void Projects_Repository_AreFound()
    {
        Assert.Contains(Projects, p => p.Name == "BudgetHarvest.Core");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Layer_EveryProject_IsDeclared(string project)
    {
        Assert.True(Layers.ContainsKey(project), $"{project} has no layer: add it to {nameof(DependencyGraphTests)}.{nameof(Layers)} where it belongs.");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void ProjectReferences_EveryProject_PointToLowerLayersOnly(string project)
    {
        var file = Projects.Single(p => p.Name == project);
        var layer = Layers.GetValueOrDefault(project, int.MaxValue);

        var upward = file.ProjectReferences.Where(r => Layers.GetValueOrDefault(r, int.MaxValue) >= layer).ToList();

        Assert.True(upward.Count == 0, $"{project} (layer {layer}) references {string.Join(", ", upward)} at the same or a higher layer.");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void PackageReferences_EveryProject_AvoidTheirLayersForbiddenPackages(string project)
    {
        var file = Projects.Single(p => p.Name == project);
        var forbidden = ForbiddenPackages.GetValueOrDefault(project, []);

        var bad = file.PackageReferences.Where(p => forbidden.Any(f => f == "*" || p.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.True(bad.Count == 0, $"{project} must not reference {string.Join(", ", bad)}.");
    }
}
