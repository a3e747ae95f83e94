using System.Xml.Linq;

namespace BudgetHarvest.Architecture.Tests;

/// <summary>What one <c>src/*/*.csproj</c> declares: its name, the projects and the packages it references.</summary>
internal sealed record ProjectFile(string Name, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences)
{
    /// <summary>Every project under <c>src/</c> of the repository.</summary>
    public static IReadOnlyList<ProjectFile> All(string repositoryRoot) =>
        [.. Directory.GetFiles(Path.Combine(repositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)];

    private static ProjectFile Read(string path)
    {
        var xml = XDocument.Load(path);
        var projects = xml.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', Path.DirectorySeparatorChar)))
            .ToList();
        var packages = xml.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        return new ProjectFile(Path.GetFileNameWithoutExtension(path), projects, packages);
    }
}
