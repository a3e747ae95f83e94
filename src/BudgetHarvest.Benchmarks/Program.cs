using BudgetHarvest.Benchmarks;

return await BenchmarkRunner.RunAsync(args);
