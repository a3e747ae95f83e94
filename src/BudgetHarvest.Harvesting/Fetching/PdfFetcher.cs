using System.Net;
using System.Net.Http.Headers;
using BudgetHarvest.Harvesting.Storage;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// Fetches disclosure PDFs and index pages over HTTP through the host's resilience pipeline, and
/// stores PDFs in the blob store. Unchanged files cost a 304 (conditional GET with the stored ETag
/// or Last-Modified). Every failure is a <see cref="FetchException"/> that says whether it is transient.
/// </summary>
public sealed class PdfFetcher(HttpClient http, HostPipelines pipelines, IBlobStore blobs, ISourceStateStore states, IOptions<FetchOptions> options, TimeProvider timeProvider)
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client this fetcher uses.</summary>
    public const string HttpClientName = "budgetharvest-fetch";

    private readonly FetchOptions _options = options.Value;

    /// <summary>Fetches one PDF URL into the blob store.</summary>
    /// <exception cref="FetchException">The URL yields no PDF; <see cref="FetchException.IsTransient"/> says whether to try later.</exception>
    public async Task<FetchedPdf> FetchPdfAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        var source = uri.AbsoluteUri;
        var known = await states.GetAsync(source, cancellationToken).ConfigureAwait(false);
        if (known is not null && !blobs.Contains(known.Sha256))
        {
            known = null; // The blob is gone: only a full download can bring it back.
        }

        var result = await ExecuteAsync(uri, async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (known?.LastModified is { } lastModified)
            {
                request.Headers.IfModifiedSince = lastModified;
            }

            using var response = await SendAsync(request, source, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified && known is not null)
            {
                return new FetchedPdf(source, known.Sha256, 0, FetchStatus.NotModified, false, FileNameOf(response, uri, known.Sha256), timeProvider.GetUtcNow());
            }

            EnsureSuccess(response, source);
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                throw PdfBody.TooLarge(source, _options.MaxBytes);
            }

            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            var blob = await ReadBodyAsync(() => PdfBody.CopyAsync(body, blobs, _options.MaxBytes, source, response.Content.Headers.ContentType?.ToString(), ct), source).ConfigureAwait(false);
            var fetched = new FetchedPdf(source, blob.Sha256, blob.Length, FetchStatus.Downloaded, blob.IsNew, FileNameOf(response, uri, blob.Sha256), timeProvider.GetUtcNow());
            await states.SetAsync(new SourceState(source, blob.Sha256, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, fetched.FetchedAt), ct).ConfigureAwait(false);
            return fetched;
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Fetches an index page as text (charset from the header or the page's meta tag; GBK pages are common).</summary>
    /// <exception cref="FetchException">The page cannot be fetched.</exception>
    public Task<FetchedPage> FetchPageAsync(Uri uri, CancellationToken cancellationToken = default) =>
        ExecuteAsync(uri, async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await SendAsync(request, uri.AbsoluteUri, ct).ConfigureAwait(false);
            EnsureSuccess(response, uri.AbsoluteUri);
            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            var bytes = await ReadBodyAsync(() => HtmlText.ReadLimitedAsync(body, _options.MaxPageBytes, uri.AbsoluteUri, ct), uri.AbsoluteUri).ConfigureAwait(false);
            var html = HtmlText.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
            return new FetchedPage(response.RequestMessage?.RequestUri ?? uri, html);
        }, cancellationToken);

    /// <summary>Reads a local PDF into the blob store, with the same checks as a download.</summary>
    /// <exception cref="FetchException">The file is missing, too large or not a PDF.</exception>
    public async Task<FetchedPdf> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var source = new Uri(path).AbsoluteUri;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            if (file.Length > _options.MaxBytes)
            {
                throw PdfBody.TooLarge(source, _options.MaxBytes);
            }

            var blob = await PdfBody.CopyAsync(file, blobs, _options.MaxBytes, source, null, cancellationToken).ConfigureAwait(false);
            // Reading a local file is free; what counts is whether its bytes are new.
            var status = blob.IsNew ? FetchStatus.Downloaded : FetchStatus.NotModified;
            return new FetchedPdf(source, blob.Sha256, blob.Length, status, blob.IsNew, Path.GetFileName(path), timeProvider.GetUtcNow());
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new FetchException(source, FetchFailureCodes.NotFound, $"The file cannot be read: {e.Message}", isTransient: false, e);
        }
        catch (IOException e)
        {
            throw new FetchException(source, FetchFailureCodes.ConnectionFailed, $"The file could not be read: {e.Message}", isTransient: true, e);
        }
    }

    private async Task<T> ExecuteAsync<T>(Uri uri, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var source = uri.AbsoluteUri;
        FetchException? lastFailure = null;
        try
        {
            return await pipelines.For(uri).ExecuteAsync(async ct =>
            {
                try
                {
                    return await attempt(ct).ConfigureAwait(false);
                }
                catch (FetchException e)
                {
                    lastFailure = e;
                    throw;
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException(source, FetchFailureCodes.Timeout, $"No complete answer within {_options.AttemptTimeout.TotalSeconds:0.#} s (after {_options.MaxRetries} retries).", isTransient: true, e);
        }
        catch (BrokenCircuitException e) when (lastFailure is not null)
        {
            // This fetch's own failures opened the circuit (or it opened meanwhile): their cause is the reason.
            throw new FetchException(source, lastFailure.Code, $"{lastFailure.Message} Requests to {uri.Host} are now paused: it failed too often.", lastFailure.IsTransient, e);
        }
        catch (BrokenCircuitException e)
        {
            var cause = pipelines.OpenedBy(uri) is { } opened ? $" (it opened after {opened.Code}: {opened.Message})" : "";
            throw new FetchException(source, FetchFailureCodes.CircuitOpen, $"{uri.Host} failed too often recently; requests to it are paused{cause}.", isTransient: true, e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw new FetchException(source, FetchFailureCodes.CircuitOpen, $"Too many requests queued for {uri.Host}: {e.Message}", isTransient: true, e);
        }
    }

    /// <summary>
    /// Sends the request and follows redirects itself: only to http and https (the handler would fetch
    /// an <c>ftp://</c> or <c>ws://</c> location as plain HTTP to that host and port), and to another
    /// host only when <see cref="FetchOptions.RedirectHosts"/> lists it.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string source, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        var origin = request.RequestUri!;
        var hop = request;
        for (var redirects = 0; ; redirects++)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(hop, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new FetchException(source, FetchFailureCodes.ConnectionFailed, $"The request failed: {e.Message}", isTransient: true, e);
            }
            finally
            {
                if (!ReferenceEquals(hop, request))
                {
                    hop.Dispose();
                }
            }

            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            response.Dispose();
            var target = location.IsAbsoluteUri ? location : new Uri(hop.RequestUri!, location);
            if (RedirectRefusal(origin, target, redirects) is { } refusal)
            {
                throw new FetchException(source, refusal.Code, refusal.Message, isTransient: false);
            }

            hop = new HttpRequestMessage(HttpMethod.Get, target);
            foreach (var header in request.Headers)
            {
                hop.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Why a redirect from <paramref name="origin"/> to <paramref name="target"/> is not followed, or null to follow it.</summary>
    private (string Code, string Message)? RedirectRefusal(Uri origin, Uri target, int redirectsSoFar)
    {
        if (redirectsSoFar >= _options.MaxRedirects)
        {
            return (FetchFailureCodes.TooManyRedirects, $"More than {_options.MaxRedirects} redirects (a loop?); the last pointed to {target}.");
        }

        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            return (FetchFailureCodes.RedirectRefused, $"Redirected to {target.Scheme}://, which is never followed (only http and https).");
        }

        return string.Equals(target.Host, origin.Host, StringComparison.OrdinalIgnoreCase) || _options.AllowsRedirectTo(target.Host)
            ? null
            : (FetchFailureCodes.RedirectRefused, $"Redirected from {origin.Host} to {target.Host}, which Harvesting:Fetch:RedirectHosts does not list.");
    }

    private static async Task<T> ReadBodyAsync<T>(Func<Task<T>> read, string source)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // A reset, or an end before the announced length: either way the body is incomplete.
            throw new FetchException(source, FetchFailureCodes.Truncated, $"The body was cut off: {e.Message}", isTransient: true, e);
        }
    }

    private void EnsureSuccess(HttpResponseMessage response, string source)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        if (status is >= 300 and < 400)
        {
            throw new FetchException(source, FetchFailureCodes.Http(status), $"The server answered {status} {response.ReasonPhrase} without a location to follow.", isTransient: false);
        }

        var transient = status is 408 or 425 or 429 or >= 500;
        throw new FetchException(source, FetchFailureCodes.Http(status), $"The server answered {status} {response.ReasonPhrase}.", transient);
    }

    private static string FileNameOf(HttpResponseMessage response, Uri uri, string sha256)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        var name = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
        if (string.IsNullOrWhiteSpace(name))
        {
            name = Uri.UnescapeDataString(uri.Segments.LastOrDefault() ?? "");
        }

        name = Path.GetFileName(name);
        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : $"{sha256[..16]}.pdf";
    }
}
