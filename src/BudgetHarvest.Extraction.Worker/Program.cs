using BudgetHarvest.Extraction.Worker;

// stdout carries the protocol's frames only: anything a library prints goes to stderr instead.
var output = Console.OpenStandardOutput();
Console.SetOut(Console.Error);
return await new WorkerLoop(Console.OpenStandardInput(), output).RunAsync().ConfigureAwait(false);
