namespace BudgetHarvest.Benchmarks;

/// <summary>
/// One benchmark, run as <c>dotnet run -c Release --project src/BudgetHarvest.Benchmarks -- NAME [args]</c>.
/// Implementations are found by reflection, so adding a benchmark is adding one class.
/// </summary>
internal interface IBenchmark
{
    /// <summary>The first command-line argument that selects this benchmark.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the benchmark and prints its figures to standard output.</summary>
    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
