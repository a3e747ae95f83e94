using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse;
using Spectre.Console;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// Loads many JSON documents, one transaction each. A file that is not a document, or that the
/// warehouse refuses, is reported and skipped: the rest of the batch still loads.
/// </summary>
internal sealed class LoadBatch(DocumentWarehouse warehouse, TextWriter output, TextWriter error)
{
    private readonly List<(string File, string Reason)> _failed = [];
    private int _inserted;
    private int _unchanged;
    private long _lines;

    public async Task<int> RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count > 1)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("loading", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file));
                    await LoadOneAsync(file, cancellationToken).ConfigureAwait(false);
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
        }
        else if (files.Count == 1)
        {
            await LoadOneAsync(files[0], cancellationToken).ConfigureAwait(false);
        }

        foreach (var (file, reason) in _failed)
        {
            await error.WriteLineAsync($"failed: {file}: {reason}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"loaded {files.Count - _failed.Count} of {files.Count} document(s) into the {warehouse.Description}: " +
            $"{_inserted} new, {_unchanged} unchanged, {_failed.Count} failed; {_lines} budget lines added").ConfigureAwait(false);
        return _failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    private async Task LoadOneAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await BudgetJson.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            var result = await warehouse.LoadAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (result.Outcome == LoadOutcome.Inserted)
            {
                _inserted++;
                _lines += result.BudgetLines;
            }
            else
            {
                _unchanged++;
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or WarehouseException or IOException or UnauthorizedAccessException)
        {
            // BudgetJson names the file in its messages already.
            _failed.Add((file, e.Message.StartsWith(file + ":", StringComparison.Ordinal) ? e.Message[(file.Length + 1)..].TrimStart() : e.Message));
        }
    }
}
