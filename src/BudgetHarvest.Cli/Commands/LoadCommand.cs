using System.CommandLine;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Cli.Commands;

/// <summary><c>load &lt;json-or-folder&gt;...</c>: budgetharvest/1 documents into the warehouse.</summary>
internal static class LoadCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "budgetharvest/1 JSON files, or folders whose *.json files are loaded.",
            Arity = ArgumentArity.OneOrMore,
        };
        var warehouse = WarehouseHost.CreateOption();
        var create = WarehouseHost.CreateFlag();

        var command = new Command("load", "Load extracted documents into the warehouse (a document already stored is left unchanged).") { inputs, warehouse, create };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!InputFiles.TryExpand(result.GetValue(inputs) ?? [], ".json", error, out var files))
            {
                return ExitCodes.Usage;
            }

            if (!WarehouseHost.Exists(result.GetValue(warehouse), result.GetValue(create), error))
            {
                return ExitCodes.Usage;
            }

            await using var services = WarehouseHost.Build(result.GetValue(warehouse));
            var batch = new LoadBatch(services.GetRequiredService<DocumentWarehouse>(), output, error);
            return await batch.RunAsync(files, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
