using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetHarvest.Benchmarks.Harvest;

/// <summary>
/// Serves N distinct disclosure PDFs from loopback: document i is corpus PDF i mod C with a comment
/// naming i appended after its %%EOF (PDF readers ignore it; its SHA-256 differs). Bodies are written
/// from the corpus bytes plus the suffix, so a thousand documents cost no extra memory. Index pages
/// <c>/unit/K.html</c> each link <see cref="DocumentsPerUnit"/> of them, as a 预算公开 column does.
/// </summary>
internal sealed class CorpusServer : IAsyncDisposable
{
    public const int DocumentsPerUnit = 10;
    private readonly WebApplication _app;
    private readonly IReadOnlyList<byte[]> _corpus;
    private readonly int _documents;

    private CorpusServer(WebApplication app, IReadOnlyList<byte[]> corpus, int documents)
    {
        _app = app;
        _corpus = corpus;
        _documents = documents;
        _app.Run(HandleAsync);
    }

    public Uri BaseUri { get; private set; } = null!;

    public int Units => (_documents + DocumentsPerUnit - 1) / DocumentsPerUnit;

    public static async Task<CorpusServer> StartAsync(IReadOnlyList<byte[]> corpus, int documents)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new CorpusServer(builder.Build(), corpus, documents);
        await server._app.StartAsync().ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    public Uri UnitPage(int unit) => new(BaseUri, $"unit/{unit}.html");

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/unit/", StringComparison.Ordinal) && int.TryParse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture, out var unit))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var links = Enumerable.Range(unit * DocumentsPerUnit, DocumentsPerUnit).Where(i => i < _documents)
                .Select(i => $"<li><a href=\"/doc/{i}.pdf\">单位{unit}第{i}号2023年预算公开</a></li>");
            await context.Response.WriteAsync($"<html><body><a href=\"/\">首页</a><ul>{string.Concat(links)}</ul></body></html>").ConfigureAwait(false);
            return;
        }

        if (path.StartsWith("/doc/", StringComparison.Ordinal) && int.TryParse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture, out var index) && index < _documents)
        {
            var etag = $"\"doc-{index}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            var body = _corpus[index % _corpus.Count];
            var suffix = Encoding.ASCII.GetBytes($"\n% budgetharvest benchmark copy {index}\n");
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = body.Length + suffix.Length;
            await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
            await context.Response.Body.WriteAsync(suffix).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
