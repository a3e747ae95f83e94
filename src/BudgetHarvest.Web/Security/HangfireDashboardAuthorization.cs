using Hangfire.Dashboard;

namespace BudgetHarvest.Web.Security;

/// <summary>
/// Lets signed-in operators into <c>/hangfire</c>. Hangfire's default filter admits local requests
/// only, which would let anyone on the host in and lock everyone out behind a proxy.
/// </summary>
public sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.Identity?.IsAuthenticated == true;
}
