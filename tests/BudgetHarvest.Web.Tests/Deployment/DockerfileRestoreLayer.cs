using System.IO.Enumeration;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Web.Tests.Deployment;

/// <summary>
/// What a Dockerfile's build stage copies before its <c>dotnet restore</c>: the COPY sources (paths
/// relative to the build context, the repository root) of the first stage, up to the restore.
/// </summary>
internal sealed partial class DockerfileRestoreLayer(IReadOnlyList<string> sources)
{
    /// <summary>The COPY sources before the restore, as written (forward slashes).</summary>
    public IReadOnlyList<string> Sources { get; } = sources;

    public static DockerfileRestoreLayer Parse(string dockerfile)
    {
        var sources = new List<string>();
        foreach (var instruction in Instructions(dockerfile))
        {
            if (instruction.StartsWith("RUN ", StringComparison.OrdinalIgnoreCase) && instruction.Contains("dotnet restore", StringComparison.Ordinal))
            {
                return new DockerfileRestoreLayer(sources);
            }

            if (instruction.StartsWith("COPY ", StringComparison.OrdinalIgnoreCase) || instruction.StartsWith("ADD ", StringComparison.OrdinalIgnoreCase))
            {
                var arguments = Arguments(instruction[(instruction.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                if (arguments.Any(a => a.StartsWith("--from", StringComparison.OrdinalIgnoreCase)))
                {
                    continue; // from another stage, not the build context
                }

                var paths = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
                sources.AddRange(paths.Take(paths.Count - 1));
            }
        }

        throw new InvalidOperationException("The Dockerfile has no RUN dotnet restore.");
    }

    /// <summary>True when a file (relative to the context) is copied by one of the sources: itself, a folder holding it, or a wildcard matching it.</summary>
    public bool Copies(string file)
    {
        foreach (var written in Sources)
        {
            var source = written.StartsWith("./", StringComparison.Ordinal) ? written[2..] : written;
            if (source is "." or "" || source == file)
            {
                return true; // "." copies the whole context
            }

            if (source.EndsWith('/') && file.StartsWith(source, StringComparison.Ordinal))
            {
                return true;
            }

            if (source.Contains('*', StringComparison.Ordinal) && FileSystemName.MatchesSimpleExpression(source, file, ignoreCase: false))
            {
                return true;
            }
        }

        return false;
    }

    // Joins backslash-continued lines and drops comments, one instruction per entry.
    private static IEnumerable<string> Instructions(string dockerfile)
    {
        var current = "";
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1] + " ";
                continue;
            }

            current += line;
            if (current.Trim().Length > 0)
            {
                yield return current.Trim();
            }

            current = "";
        }
    }

    private static string[] Arguments(string text) =>
        text.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize<string[]>(text.Trim())!
            : Whitespace().Split(text.Trim());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
