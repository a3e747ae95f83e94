using System.Text.RegularExpressions;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// <c>{sha256:sha256}</c>: a document's identity, 64 lower-case hex digits. Route <c>regex</c>
/// constraints ignore case, and an upper-case SHA-256 names no stored document, so it is a 404 here
/// rather than an argument error in the warehouse.
/// </summary>
public sealed partial class Sha256RouteConstraint : IRouteConstraint
{
    public const string Name = "sha256";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && Pattern().IsMatch(text);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Pattern();
}
