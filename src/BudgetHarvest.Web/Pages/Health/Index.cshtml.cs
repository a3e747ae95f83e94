using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Monitoring;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages.Health;

/// <summary>Harvest health: the latest runs (CLI and web) as charts of outcomes, failure codes and cities, and as a table.</summary>
public sealed class IndexModel(HarvestHistory history) : PageModel
{
    /// <summary>How many of the latest runs the page shows.</summary>
    public const int RunsShown = 30;

    public IReadOnlyList<HarvestRunRecord> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Runs = await history.LatestAsync(RunsShown, cancellationToken);
}
