using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Serialization;

namespace BudgetHarvest.Classification.Training;

/// <summary>
/// Labelled documents to train and evaluate on: <c>budgetharvest/1</c> ground-truth files with
/// <c>sections</c> (a folder means its <c>*.json</c> that have sections), and plain-text renderings (<c>*.txt</c>)
/// labelled by their headings.
/// </summary>
public static class TrainingSet
{
    /// <summary>Loads every labelled document under the given files and folders, in a stable order.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    /// <exception cref="InvalidDataException">A file named on its own is neither a ground-truth document nor text, or has no sections.</exception>
    public static IReadOnlyList<LabelledDocument> Load(IEnumerable<string> paths)
    {
        var documents = new List<LabelledDocument>();
        foreach (var (file, inFolder) in Files(paths))
        {
            if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                documents.Add(FromText(file));
            }
            else if (FromGroundTruth(file, inFolder) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    private static IEnumerable<(string File, bool InFolder)> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
                {
                    yield return (file, true);
                }
            }
            else if (File.Exists(path))
            {
                yield return (path, false);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
    }

    /// <summary>
    /// A ground truth's labelled sections. In a folder, a partial truth without sections (most of the
    /// wide corpus checks tables only) is skipped; a file named on its own must have them.
    /// </summary>
    private static LabelledDocument? FromGroundTruth(string file, bool inFolder)
    {
        var document = BudgetJson.Deserialize(File.ReadAllText(file));
        if (document.Sections.Count == 0 && inFolder)
        {
            return null;
        }

        if (document.Sections.Count == 0)
        {
            throw new InvalidDataException($"{file}: the document has no labelled sections to learn from.");
        }

        return new LabelledDocument(Path.GetFileNameWithoutExtension(file), document.Sections);
    }

    /// <summary>A text rendering is labelled by its headings alone (<see cref="HeadingRulesClassifier"/>).</summary>
    private static LabelledDocument FromText(string file)
    {
        var sections = new SectionLabeler(new HeadingRulesClassifier()).Label(SeedText.Read(File.ReadAllText(file)));
        if (sections.Count == 0)
        {
            throw new InvalidDataException($"{file}: no narrative sections found in the text.");
        }

        return new LabelledDocument(Path.GetFileNameWithoutExtension(file), sections);
    }
}
