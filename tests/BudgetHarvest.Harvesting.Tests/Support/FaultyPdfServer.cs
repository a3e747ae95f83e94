using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BudgetHarvest.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, free port) that serves corpus PDFs and injects faults:
/// <list type="bullet">
/// <item><c>/pdf/NAME</c>, <c>/alias/NAME</c>: the PDF, with ETag / Last-Modified and 304 on a match;</item>
/// <item><c>/flaky/NAME</c>: 503 twice, then the PDF; <c>/reset/NAME</c>: connection reset once, then the PDF;</item>
/// <item><c>/slow/NAME</c>: no answer for 30 s; <c>/truncated/NAME</c>: half the announced body, then a reset;</item>
/// <item><c>/html-as-pdf</c>, <c>/missing</c> (404), <c>/loop</c> (redirects to itself), <c>/huge</c> (a 200 MB body, streamed);</item>
/// <item><c>/hostile/NAME</c>: the bytes a test put in <see cref="Hostile"/> under NAME (self-referencing, bomb...);</item>
/// <item><c>/goto?to=URL</c>: a redirect to URL; <c>/status/CODE</c>: that status, every time;</item>
/// <item><c>/index.html</c>: a 预算公开 column linking the paths given to <see cref="StartAsync"/>.</item>
/// </list>
/// </summary>
internal sealed class FaultyPdfServer : IAsyncDisposable
{
    public const long HugeBytes = 200L * 1024 * 1024;
    private static readonly DateTimeOffset Published = new(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly WebApplication _app;
    private readonly IReadOnlyList<(string Path, string Text)> _indexLinks;

    private FaultyPdfServer(WebApplication app, IReadOnlyList<(string Path, string Text)> indexLinks)
    {
        _app = app;
        _indexLinks = indexLinks;
        _app.Run(HandleAsync);
    }

    /// <summary>Requests per path (query excluded).</summary>
    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests answered 304 Not Modified.</summary>
    public int NotModified => _notModified;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Files served as <c>/hostile/NAME</c>, by NAME.</summary>
    public ConcurrentDictionary<string, byte[]> Hostile { get; } = new(StringComparer.Ordinal);

    private int _notModified;

    public static async Task<FaultyPdfServer> StartAsync(IReadOnlyList<(string Path, string Text)>? indexLinks = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FaultyPdfServer(builder.Build(), indexLinks ?? []);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public static byte[] CorpusPdf(string name) => File.ReadAllBytes(Fixtures.Public(name + ".pdf"));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var count = Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var segments = path.Trim('/').Split('/', 2);
        var name = segments.Length > 1 ? Path.GetFileNameWithoutExtension(segments[1]) : "";
        switch (segments[0])
        {
            case "pdf" or "alias":
                await ServePdfAsync(context, name);
                break;
            case "flaky" when count <= 2:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                break;
            case "reset" when count <= 1:
                context.Abort();
                break;
            case "flaky" or "reset":
                await ServePdfAsync(context, name);
                break;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case "truncated":
                var bytes = CorpusPdf(name);
                context.Response.ContentType = "application/pdf";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                break;
            case "hostile" when Hostile.TryGetValue(name, out var hostile):
                context.Response.ContentType = "application/pdf";
                context.Response.ContentLength = hostile.Length;
                await context.Response.Body.WriteAsync(hostile);
                break;
            case "html-as-pdf":
                context.Response.ContentType = "application/pdf";
                await context.Response.WriteAsync("<!DOCTYPE html><html><body>页面不存在</body></html>");
                break;
            case "loop":
                context.Response.Redirect("/loop");
                break;
            case "goto":
                context.Response.Redirect(context.Request.Query["to"].ToString());
                break;
            case "status":
                context.Response.StatusCode = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "huge":
                await ServeHugeAsync(context);
                break;
            case "index.html":
                context.Response.ContentType = "text/html; charset=utf-8";
                var links = string.Concat(_indexLinks.Select(l => $"<li><a href=\"{l.Path}\" target=\"_blank\">{l.Text}</a></li>\n"));
                await context.Response.WriteAsync($"<html><head><title>预算公开</title></head><body><a href=\"/\">首页</a><ul>\n{links}</ul></body></html>");
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task ServePdfAsync(HttpContext context, string name)
    {
        if (!File.Exists(Fixtures.Public(name + ".pdf")))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var bytes = CorpusPdf(name);
        var etag = $"\"{Sha256(bytes)[..16]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = Published.ToString("R");
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = "application/pdf";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private async Task ServeHugeAsync(HttpContext context)
    {
        context.Response.ContentType = "application/pdf";
        var chunk = new byte[64 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(chunk, 0);
        try
        {
            for (long sent = 0; sent < HugeBytes; sent += chunk.Length)
            {
                // The pipe's flush waits for the client (backpressure) and completes once it is gone.
                var flushed = await context.Response.BodyWriter.WriteAsync(chunk, context.RequestAborted);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    break;
                }

                chunk.AsSpan(0, 9).Clear();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading at its size limit: that is the point.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
