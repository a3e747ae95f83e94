using System.CommandLine;
using BudgetHarvest.Classification;
using BudgetHarvest.Classification.Evaluation;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>train --data &lt;path&gt;... --out model.zip</c>: trains the narrative section classifier.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = LabelledData.Option();
        var outFile = new Option<string>("--out", "-o") { Description = "Where to write the model (a zip file).", Required = true };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Names (file names without extension) of documents to leave out, e.g. to hold them out for testing; documents sharing half their paragraphs with one are left out with it.",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("train", $"Train the ML.NET narrative section classifier (fixed seed {SectionTrainer.Seed}: the same data gives the same model).") { data, outFile, exclude };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await LabelledData.LoadAsync(result, data, error).ConfigureAwait(false) is not { } documents)
            {
                return ExitCodes.Usage;
            }

            // What shares half its paragraphs with an excluded document (the seed text of an
            // excluded PDF) would leak it into training: it is excluded with it.
            var named = (result.GetValue(exclude) ?? []).ToHashSet(StringComparer.Ordinal);
            var excluded = CrossValidation.Groups(documents).Where(g => g.Any(d => named.Contains(d.Name))).SelectMany(g => g).ToHashSet();
            var training = documents.Where(d => !excluded.Contains(d)).ToList();
            var examples = training.SelectMany(d => d.Examples()).ToList();
            if (examples.Count == 0)
            {
                await error.WriteLineAsync("error: no labelled paragraphs left to train on.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var model = SectionTrainer.Train(examples);
            var path = result.GetValue(outFile)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            model.Save(path);
            await output.WriteLineAsync($"trained on {examples.Count} examples from {training.Count} document(s) ({documents.Count - training.Count} excluded); model written to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
