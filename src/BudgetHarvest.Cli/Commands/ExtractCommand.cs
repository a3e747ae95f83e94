using System.CommandLine;
using BudgetHarvest.Classification;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Validation;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>extract &lt;pdf-or-folder&gt;... --out &lt;folder&gt;</c>: one budgetharvest/1 JSON per PDF, validated.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "PDF files, or folders whose *.pdf files are extracted.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = "Folder for the NAME.json files (created if missing).",
            Required = true,
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one document may take before it is reported as failed.", DefaultValueFactory = _ => 120 };
        var allTables = new Option<bool>("--all-tables") { Description = "Also output ruled tables that no 目录 or 表N title announces (number null, kind other, grid only)." };
        var model = new Option<string?>("--model") { Description = "A section classifier model from `train` (default: the model shipped with budget-harvest)." };
        var inProcess = new Option<bool>("--in-process") { Description = "Extract in this process instead of sandboxed worker processes (for debugging: a hostile PDF can then crash the command)." };

        var command = new Command("extract", "Extract disclosure PDFs into budgetharvest/1 JSON documents: metadata, labelled narrative sections, tables.") { inputs, outFolder, timeout, allTables, model, inProcess };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!InputFiles.TryExpand(result.GetValue(inputs) ?? [], ".pdf", error, out var files))
            {
                return ExitCodes.Usage;
            }

            if (result.GetValue(timeout) <= 0)
            {
                await error.WriteLineAsync("error: --timeout must be a positive number of seconds.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            SectionModel classifier;
            try
            {
                classifier = result.GetValue(model) is { } path ? SectionModel.Load(path) : SectionModel.LoadShipped();
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: the section classifier model cannot be loaded: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var options = new ExtractionOptions
            {
                DocumentTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                AllTables = result.GetValue(allTables),
                SectionClassifier = classifier,
            };
            if (result.GetValue(inProcess))
            {
                return await new ExtractionBatch(new BudgetExtractor(options), output, error, new DocumentValidator())
                    .RunAsync(files, result.GetValue(outFolder)!, cancellationToken).ConfigureAwait(false);
            }

            // Each PDF in a worker process: one that crashes, hangs or blows up costs only its own document.
            using var sandbox = new SandboxedExtractor(new SandboxOptions(), SandboxSettings.From(options, result.GetValue(model)));
            return await new ExtractionBatch(sandbox, output, error, new DocumentValidator())
                .RunAsync(files, result.GetValue(outFolder)!, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
