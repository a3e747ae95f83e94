using Xunit.Abstractions;
using Xunit.Sdk;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>Marks a test class whose warehouse is the test PostgreSQL.</summary>
public interface IPostgresBacked;

/// <summary>
/// A fact of the backend-neutral warehouse contract. In a class that is <see cref="IPostgresBacked"/>
/// it behaves like <see cref="PostgresFactAttribute"/> (skipped without a server, failing in CI);
/// elsewhere (DuckDB) it always runs.
/// </summary>
[XunitTestCaseDiscoverer("BudgetHarvest.Warehouse.Tests.WarehouseFactDiscoverer", "BudgetHarvest.Warehouse.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class WarehouseFactAttribute : FactAttribute;

/// <summary>Decides per test class whether a <see cref="WarehouseFactAttribute"/> test is skipped.</summary>
public sealed class WarehouseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = typeof(IPostgresBacked).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (needsPostgres && TestPostgres.ConnectionString is null && !TestPostgres.IsCi)
        {
            yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, TestPostgres.SkipReason);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}
