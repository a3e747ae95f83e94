using System.CommandLine;
using System.Globalization;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Validation;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// <c>validate &lt;json-or-folder&gt;...</c>: re-validates extracted budgetharvest/1 JSON and prints
/// every issue and how many arithmetic identities hold. The files are not changed.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "budgetharvest/1 JSON files, or folders whose *.json files are validated.",
            Arity = ArgumentArity.OneOrMore,
        };
        var summary = new Option<bool>("--summary") { Description = "Print only the counts per document and overall, not each issue." };
        var tolerance = new Option<decimal>("--tolerance")
        {
            Description = "Largest difference, in the printed measure, taken as rounding (default 0.01).",
            DefaultValueFactory = _ => ValidationOptions.Default.Tolerance,
        };

        var command = new Command("validate", "Reconcile the figures of extracted documents and print what does not add up.") { inputs, summary, tolerance };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!InputFiles.TryExpand(result.GetValue(inputs) ?? [], ".json", error, out var files))
            {
                return ExitCodes.Usage;
            }

            if (result.GetValue(tolerance) < 0)
            {
                await error.WriteLineAsync("error: --tolerance must not be negative.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var validator = new DocumentValidator(options: new ValidationOptions { Tolerance = result.GetValue(tolerance) });
            var totals = Enum.GetValues<IdentityScope>().ToDictionary(s => s, s => new IdentityTally(s, 0, 0));
            var (issues, unreadable) = (0, 0);
            foreach (var file in files)
            {
                ValidationReport report;
                try
                {
                    report = validator.Validate(await BudgetJson.ReadFileAsync(file, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    unreadable++;
                    await error.WriteLineAsync($"failed: {file}: {e.Message}").ConfigureAwait(false);
                    continue;
                }

                issues += report.Issues.Count;
                foreach (var tally in report.Tallies)
                {
                    totals[tally.Scope] = totals[tally.Scope].Add(tally);
                }

                await WriteReport(output, error, file, report, result.GetValue(summary)).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"validated {files.Count - unreadable} of {files.Count} document(s); {issues} issue(s)").ConfigureAwait(false);
            await output.WriteLineAsync($"identities held: {Share(totals.Values.Sum(t => t.Held), totals.Values.Sum(t => t.Checked))}").ConfigureAwait(false);
            foreach (var tally in totals.Values)
            {
                await output.WriteLineAsync($"  {ScopeName(tally.Scope)}: {Share(tally.Held, tally.Checked)}").ConfigureAwait(false);
            }

            return unreadable == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static async Task WriteReport(TextWriter output, TextWriter error, string file, ValidationReport report, bool summaryOnly)
    {
        await output.WriteLineAsync($"{Path.GetFileName(file)}: {report.Issues.Count} issue(s); identities held {Share(report.Held, report.Checked)}").ConfigureAwait(false);
        foreach (var issue in summaryOnly ? [] : report.Issues)
        {
            var table = issue.Table is { } number ? $" 表{number}" : "";
            await output.WriteLineAsync($"  {issue.Severity.ToString().ToLowerInvariant()} {issue.Code}{table}: {issue.Message}").ConfigureAwait(false);
        }

        foreach (var failure in report.RuleFailures)
        {
            await error.WriteLineAsync($"warning: {Path.GetFileName(file)}: rule {failure}").ConfigureAwait(false);
        }
    }

    private static string Share(int held, int checkedCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{held} of {checkedCount} ({(checkedCount == 0 ? 100.0 : 100.0 * held / checkedCount):0.00}%)");

    private static string ScopeName(IdentityScope scope) => scope switch
    {
        IdentityScope.WithinTable => "within tables",
        IdentityScope.AcrossTables => "across tables",
        _ => "narrative vs tables",
    };
}
