using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// A portal on 127.0.0.1 (Kestrel, free port) serving exactly the bytes and Content-Type a test gives
/// per path, so pages can be in GBK, declare their charset only in a meta tag, or lie about it.
/// </summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, IReadOnlyDictionary<string, (byte[] Body, string ContentType)> pages)
    {
        _app = app;
        _app.Run(async context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = page.ContentType;
            await context.Response.Body.WriteAsync(page.Body);
        });
    }

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<StaticSite> StartAsync(IReadOnlyDictionary<string, (byte[] Body, string ContentType)> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = new StaticSite(builder.Build(), pages);
        await site._app.StartAsync();
        site.BaseUri = new Uri(site._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
