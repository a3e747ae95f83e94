namespace BudgetHarvest.Validation.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void ValidationAssembly_References_OnlyCoreOfTheProject()
    {
        var references = typeof(DocumentValidator).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("BudgetHarvest", StringComparison.Ordinal));

        Assert.Equal(["BudgetHarvest.Core"], references);
    }
}
