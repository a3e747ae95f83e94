using System.Xml.Linq;

namespace BudgetHarvest.Web.Tests.Deployment;

/// <summary>A project and every project it references, directly or not, as paths relative to the repository root.</summary>
internal static class ProjectClosure
{
    public static IReadOnlyList<string> Of(string repositoryRoot, string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(Path.Combine(repositoryRoot, project))]);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(Relative(repositoryRoot, path)))
            {
                continue;
            }

            var references = XDocument.Load(path).Descendants()
                .Where(e => e.Name.LocalName == "ProjectReference")
                .Select(e => (string?)e.Attribute("Include"))
                .OfType<string>();
            foreach (var reference in references)
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Replace('\\', '/'))));
            }
        }

        return [.. found];
    }

    /// <summary>The MSBuild files restore reads besides the projects: Directory.Build.* and Directory.Packages.props at or above each project.</summary>
    public static IReadOnlyList<string> ImportedBy(string repositoryRoot, IEnumerable<string> projects)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            for (var folder = Path.GetDirectoryName(Path.Combine(repositoryRoot, project)); folder is not null && folder.StartsWith(repositoryRoot, StringComparison.Ordinal); folder = Path.GetDirectoryName(folder))
            {
                foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config" })
                {
                    if (File.Exists(Path.Combine(folder, name)))
                    {
                        files.Add(Relative(repositoryRoot, Path.Combine(folder, name)));
                    }
                }
            }
        }

        return [.. files];
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
