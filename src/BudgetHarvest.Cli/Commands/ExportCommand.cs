using System.CommandLine;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.Export;
using BudgetHarvest.Warehouse.Reading;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>export --out &lt;folder&gt; --format csv|parquet</c>: one file per analyst view.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outFolder = new Option<string>("--out", "-o") { Description = "Folder for the files (created if missing; files of the same name are replaced).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "csv (UTF-8 with a byte-order mark, so Excel reads Chinese text; a header row) or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var warehouse = WarehouseHost.CreateOption();

        var command = new Command("export", "Export every analyst view (latest documents only) to one file each.") { outFolder, format, warehouse };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = WarehouseHost.OpenReader(result.GetValue(warehouse), DuckDbReadAccess.FileOutput, error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var exportFormat = result.GetValue(format) == "parquet" ? ExportFormat.Parquet : ExportFormat.Csv;
            try
            {
                var exported = await new WarehouseExporter(store).ExportAsync(result.GetValue(outFolder)!, exportFormat,
                    view => output.WriteLine($"{view.View,-20} {view.Rows,9} rows  {view.Path}"), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"exported {exported.Count} views from the {store.Description}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is WarehouseException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}
