using System.CommandLine;
using BudgetHarvest.Cli.Commands;

namespace BudgetHarvest.Cli;

/// <summary>Builds the command tree and runs it, mapping parse errors to <see cref="ExitCodes.Usage"/>.</summary>
public static class CliApp
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("BudgetHarvest: turns Chinese public budget disclosure PDFs (预算公开) into data.")
        {
            ExtractCommand.Create(output, error),
            HarvestCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            LoadCommand.Create(output, error),
            QueryCommand.Create(output, error),
            ExportCommand.Create(output, error),
            TrainCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }
}
