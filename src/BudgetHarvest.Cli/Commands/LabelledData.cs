using System.CommandLine;
using BudgetHarvest.Classification.Training;

namespace BudgetHarvest.Cli.Commands;

/// <summary>The <c>--data</c> option of <c>train</c> and <c>evaluate</c>, and loading what it names.</summary>
internal static class LabelledData
{
    public static Option<string[]> Option() => new("--data", "-d")
    {
        Description = "Labelled documents: budgetharvest/1 ground-truth JSON files with sections (a folder means its *.json), and plain-text disclosures (*.txt, labelled by their headings).",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The documents, or null after telling the user why they cannot be loaded.</summary>
    public static async Task<IReadOnlyList<LabelledDocument>?> LoadAsync(ParseResult result, Option<string[]> data, TextWriter error)
    {
        try
        {
            return TrainingSet.Load(result.GetValue(data) ?? []);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
