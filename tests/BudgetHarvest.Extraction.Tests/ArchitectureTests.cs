using BudgetHarvest.Extraction.Pipeline;

namespace BudgetHarvest.Extraction.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Npgsql")]
    [InlineData("DuckDB")]
    [InlineData("Microsoft.ML")]
    [InlineData("Hangfire")]
    [InlineData("BudgetHarvest.Warehouse")]
    [InlineData("BudgetHarvest.Classification")]
    public void ExtractionAssembly_References_NoDatabaseOrMachineLearning(string forbidden)
    {
        var references = typeof(BudgetExtractor).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => r.Name!.StartsWith(forbidden, StringComparison.Ordinal));
    }
}
