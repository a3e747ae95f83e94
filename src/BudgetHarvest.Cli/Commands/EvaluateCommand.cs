using System.CommandLine;
using BudgetHarvest.Classification;
using BudgetHarvest.Classification.Evaluation;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// <c>evaluate --data &lt;path&gt;... [--folds 5]</c>: per-label precision/recall/F1 and the
/// confusion matrix of the section labelling on documents held out of training.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = LabelledData.Option();
        var folds = new Option<int>("--folds", "-k") { Description = "Folds of the cross-validation by document.", DefaultValueFactory = _ => 5 };

        var command = new Command("evaluate", "Cross-validate the section classifier by document: each fold is labelled by a model trained without it. Prints held-out and training-set figures.") { data, folds };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await LabelledData.LoadAsync(result, data, error).ConfigureAwait(false) is not { } documents)
            {
                return ExitCodes.Usage;
            }

            var k = result.GetValue(folds);
            var groups = CrossValidation.Groups(documents).Count;
            if (k < 2 || k > groups)
            {
                await error.WriteLineAsync($"error: --folds must be between 2 and {groups} (the number of distinct documents).").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var heldOut = CrossValidation.Run(documents, k, (fold, names) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                error.WriteLine($"fold {fold + 1}/{k}: holding out {string.Join(", ", names)}");
            });
            var trainingSet = LabellingScores.Measure(SectionTrainer.Train([.. documents.SelectMany(d => d.Examples())]), documents);

            await output.WriteLineAsync($"{documents.Count} documents in {groups} groups (documents sharing half their paragraphs share a fold), {k} folds").ConfigureAwait(false);
            await Report(output, "HELD OUT, headings as printed", heldOut.WithHeadings).ConfigureAwait(false);
            await Report(output, "HELD OUT, headings removed (labels from content only)", heldOut.WithoutHeadings).ConfigureAwait(false);
            await Report(output, "HELD OUT, classifier alone (each paragraph by content, no heading, no neighbours)", heldOut.ClassifierAlone).ConfigureAwait(false);
            await Report(output, "TRAINING SET (model trained on all documents), headings as printed", trainingSet.WithHeadings).ConfigureAwait(false);
            await output.WriteLineAsync($"TRAINING SET, headings removed: accuracy {trainingSet.WithoutHeadings.Accuracy:0.0000}; classifier alone: accuracy {trainingSet.ClassifierAlone.Accuracy:0.0000}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Report(TextWriter output, string title, ConfusionMatrix matrix)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"== {title}").ConfigureAwait(false);
        await output.WriteAsync(matrix.Format()).ConfigureAwait(false);
    }
}
