using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Validation;
using Spectre.Console;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// Extracts many PDFs one after another, validating each extracted document when given a
/// validator. A document that fails still gets its JSON (with the error issue), and never stops
/// the rest of the batch.
/// </summary>
internal sealed class ExtractionBatch(IDocumentExtractor extractor, TextWriter output, TextWriter error, IDocumentValidator? validator = null)
{
    public async Task<int> RunAsync(IReadOnlyList<string> files, string outFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outFolder);
        var failed = new List<(string File, string Reason)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        async Task ExtractOne(string file)
        {
            var document = await extractor.ExtractFileAsync(file, cancellationToken).ConfigureAwait(false);
            validator?.ValidateExtracted(document);

            await BudgetJson.WriteFileAsync(Path.Combine(outFolder, UniqueName(names, file) + ".json"), document, cancellationToken).ConfigureAwait(false);
            var fatal = document.Issues.Find(i => i.Severity == IssueSeverity.Error);
            if (fatal is not null)
            {
                failed.Add((file, $"{fatal.Code}: {fatal.Message}"));
            }
        }

        if (files.Count > 1)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("extracting", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    await ExtractOne(file).ConfigureAwait(false);
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
        }
        else
        {
            foreach (var file in files)
            {
                await ExtractOne(file).ConfigureAwait(false);
            }
        }

        foreach (var (file, reason) in failed)
        {
            await error.WriteLineAsync($"failed: {file}: {reason}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"extracted {files.Count - failed.Count} of {files.Count} document(s) into {outFolder}; {failed.Count} failed").ConfigureAwait(false);
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>NAME of NAME.pdf, made unique when two inputs share a name.</summary>
    private static string UniqueName(HashSet<string> taken, string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        var name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }

        return name;
    }
}
