namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>Stable reasons a source yields no document, stored with the source failure.</summary>
public static class FetchFailureCodes
{
    /// <summary>The server answered with an HTTP error; the code is <c>http_</c> plus the status, e.g. <c>http_404</c>.</summary>
    public static string Http(int status) => $"http_{status}";

    /// <summary>The connection could not be made or was reset.</summary>
    public const string ConnectionFailed = "connection_failed";

    /// <summary>The body was cut off: the connection broke, or ended before the announced length.</summary>
    public const string Truncated = "truncated";

    /// <summary>No complete answer within the time limit.</summary>
    public const string Timeout = "timeout";

    /// <summary>The host failed too often recently; requests to it are paused.</summary>
    public const string CircuitOpen = "circuit_open";

    /// <summary>Redirects went on too long (a loop).</summary>
    public const string TooManyRedirects = "too_many_redirects";

    /// <summary>A redirect pointed to a scheme other than http(s), or to a host that is not allowed.</summary>
    public const string RedirectRefused = "redirect_refused";

    /// <summary>The body is larger than the configured maximum.</summary>
    public const string TooLarge = "too_large";

    /// <summary>The body does not start with <c>%PDF-</c>, whatever its Content-Type says.</summary>
    public const string NotAPdf = "not_a_pdf";

    /// <summary>An index page yielded no link matching the source's rules.</summary>
    public const string NoLinks = "no_links";

    /// <summary>A local file or folder does not exist or cannot be read.</summary>
    public const string NotFound = "not_found";
}
