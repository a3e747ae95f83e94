namespace BudgetHarvest.Web.Tests.Support;

/// <summary>
/// One harvest of the fixtures into a DuckDB warehouse, shared by the tests of the
/// <see cref="SeededDashboardCollection"/>: tests that only read use it as is; tests that retry or
/// review take a <see cref="DashboardData.Copy"/>.
/// </summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    private DashboardData? _data;

    internal DashboardData Data => _data ?? throw new InvalidOperationException("Not seeded yet.");

    public async Task InitializeAsync() => _data = await DashboardData.SeedAsync();

    public Task DisposeAsync()
    {
        _data?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeededDashboardCollection : ICollectionFixture<SeededDashboard>
{
    public const string Name = "seeded dashboard";
}
