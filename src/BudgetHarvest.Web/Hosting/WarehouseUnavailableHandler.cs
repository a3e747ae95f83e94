using BudgetHarvest.Warehouse;
using Microsoft.AspNetCore.Diagnostics;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// A warehouse that cannot be reached answers 503 with a <c>Retry-After</c> hint: an API client gets
/// problem+json with the warehouse's own message (which names the store, never credentials); a
/// browser asking for a page is left to the HTML error page (<see cref="ErrorPages"/>), which says the
/// same in words and when to retry.
/// </summary>
public sealed class WarehouseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>When a client should try again: long enough for a database restart or failover.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Whether the exception is the warehouse being unavailable (a 503, not a 500).</summary>
    public static bool IsUnavailable(Exception? exception) => exception is WarehouseException;

    /// <summary>Marks the response as a 503 with its <c>Retry-After</c> header.</summary>
    public static void MarkUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WarehouseException warehouse || ErrorPages.WantsHtml(httpContext))
        {
            return false;
        }

        MarkUnavailable(httpContext.Response);
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
