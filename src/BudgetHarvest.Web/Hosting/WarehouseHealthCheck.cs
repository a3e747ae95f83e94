using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: healthy when the warehouse answers a query (its schema ready), so an orchestrator
/// restarts or withholds traffic from a host whose database is gone. The answer names no server or
/// credentials: the probe is anonymous.
/// </summary>
public sealed class WarehouseHealthCheck(IDocumentWarehouse warehouse) : IHealthCheck
{
    /// <summary>The path of the health endpoint.</summary>
    public const string Path = "/healthz";

    // A SHA-256 no document has: the lookup touches the documents table and finds nothing.
    private static readonly string Probe = new('0', 64);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await warehouse.ContainsAsync(Probe, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The warehouse answers.");
        }
        catch (WarehouseException e)
        {
            return HealthCheckResult.Unhealthy("The warehouse is unreachable.", e);
        }
    }
}
