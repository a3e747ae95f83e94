using Microsoft.AspNetCore.Antiforgery;

namespace BudgetHarvest.Web.Security;

/// <summary>
/// Rejects an API request that changes state unless it carries the antiforgery token (header
/// <c>RequestVerificationToken</c>, or a form field) matching the caller's antiforgery cookie, so
/// another site cannot make a signed-in browser retry or review documents.
/// </summary>
public sealed class AntiforgeryEndpointFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(
                title: "Missing or invalid antiforgery token",
                detail: "Send the token from GET /api/antiforgery in the RequestVerificationToken header, with the antiforgery cookie.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context).ConfigureAwait(false);
    }
}
