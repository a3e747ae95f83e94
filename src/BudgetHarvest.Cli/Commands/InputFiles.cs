namespace BudgetHarvest.Cli.Commands;

/// <summary>Turns command-line paths into the list of files to process.</summary>
internal static class InputFiles
{
    /// <summary>Files as given, and the files of given folders ending in <paramref name="extension"/>, in a stable order; missing paths are reported.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing, string extension = ".pdf")
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return [.. files.Distinct()];
    }
}
