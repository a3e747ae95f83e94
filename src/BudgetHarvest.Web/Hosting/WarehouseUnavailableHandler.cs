using BudgetHarvest.Warehouse;
using Microsoft.AspNetCore.Diagnostics;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// A warehouse that cannot be reached answers 503 with the warehouse's own message (which names the
/// store, never credentials), so an operator sees the database is down rather than a bare 500.
/// </summary>
public sealed class WarehouseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WarehouseException warehouse)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The warehouse is unavailable",
                Detail = warehouse.Message,
            },
        }).ConfigureAwait(false);
    }
}
