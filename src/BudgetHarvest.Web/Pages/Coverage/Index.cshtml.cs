using BudgetHarvest.Warehouse.Monitoring;
using BudgetHarvest.Web.Monitoring;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages.Coverage;

/// <summary>The coverage matrix: for every unit and the latest budget years, what was fetched, extracted and reviewed.</summary>
public sealed class IndexModel(UnitCoverage coverage, TimeProvider timeProvider) : PageModel
{
    public CoverageMatrix Matrix { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cells = await coverage.CellsAsync(cancellationToken);
        Matrix = CoverageMatrix.Of(cells, timeProvider.GetUtcNow().Year);
    }
}
