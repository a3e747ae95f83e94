using System.CommandLine;
using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>harvest --seeds &lt;file&gt;</c>: fetches, extracts, validates and loads every configured unit's disclosures.</summary>
internal static class HarvestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var seeds = new Option<string>("--seeds", "-s")
        {
            Description = "The seed file (budgetharvest-seeds/1 JSON): units and where their disclosures are published.",
            Required = true,
        };
        var store = new Option<string?>("--store")
        {
            Description = "Folder for fetched PDFs and fetch state (default: Harvesting:StoreFolder, else data/harvest; with a PostgreSQL warehouse and no --store, they are kept in PostgreSQL).",
        };

        var warehouse = WarehouseHost.CreateOption();
        var create = WarehouseHost.CreateFlag();

        var command = new Command("harvest", "Harvest every source of a seed file into the warehouse; unchanged files are not fetched again.") { seeds, store, warehouse, create };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(seeds)!;
            SeedList list;
            try
            {
                list = SeedLoader.Load(path);
            }
            catch (SeedException e)
            {
                foreach (var problem in e.Errors)
                {
                    await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                }

                return ExitCodes.Usage;
            }
            catch (IOException e)
            {
                await error.WriteLineAsync($"error: cannot read the seed file: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!WarehouseHost.Exists(result.GetValue(warehouse), result.GetValue(create), error))
            {
                return ExitCodes.Usage;
            }

            var run = new HarvestRun(output, error);
            return await run.RunAsync(list, result.GetValue(store), result.GetValue(warehouse), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
