namespace BudgetHarvest.Cli.Commands;

/// <summary>Turns command-line paths into the list of files to process.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files as given, and the files of given folders ending in <paramref name="extension"/>, in a stable
    /// order. A path that does not exist, or a folder without such files, is a usage error: it is
    /// written to <paramref name="error"/> and the command should exit with <see cref="ExitCodes.Usage"/>.
    /// </summary>
    /// <returns>False when some path was reported.</returns>
    public static bool TryExpand(IEnumerable<string> paths, string extension, TextWriter error, out IReadOnlyList<string> files)
    {
        var found = new List<string>();
        var usable = true;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    error.WriteLine($"error: no *{extension} files in the folder {path}");
                    usable = false;
                }

                found.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                found.Add(path);
            }
            else
            {
                error.WriteLine($"error: no such file or folder: {path}");
                usable = false;
            }
        }

        files = [.. found.Distinct()];
        return usable;
    }
}
