using System.CommandLine;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.Reading;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>query "&lt;sql&gt;"</c>: runs SQL against the warehouse and prints the result.</summary>
internal static class QueryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sql = new Argument<string>("sql") { Description = "One SQL statement that reads, e.g. \"SELECT * FROM v_function_detail LIMIT 10\". The warehouse is opened read-only (no other files, URLs or extensions): a query never changes it." };
        var format = new Option<string>("--format", "-f") { Description = "table (aligned, for people), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var maxRows = new Option<int>("--max-rows") { Description = "Rows a table shows at most (csv and json print every row).", DefaultValueFactory = _ => 1000 };
        var warehouse = WarehouseHost.CreateOption();

        var command = new Command("query", "Run SQL against the warehouse: tables units, documents, budget_lines …, and the v_* analyst views.") { sql, format, maxRows, warehouse };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = WarehouseHost.OpenReader(result.GetValue(warehouse), DuckDbReadAccess.Sandboxed, error);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var rows = await store.ReadAsync(result.GetValue(sql)!, (reader, ct) => result.GetValue(format) switch
                {
                    "csv" => Warehouse.Export.CsvOutput.WriteAsync(reader, output, ct),
                    "json" => QueryOutput.WriteJsonAsync(reader, output, ct),
                    _ => QueryOutput.WriteTableAsync(reader, output, result.GetValue(maxRows), ct),
                }, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync($"{rows} row(s)").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (QueryRefusedException e)
            {
                await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
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
