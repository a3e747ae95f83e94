namespace BudgetHarvest.Web.Pages;

/// <summary>
/// Source URIs as a reviewer reads them: percent-encoded paths (<c>%E9%A2%84%E7%AE%97</c>) shown
/// decoded (预算), and a link only where a browser can follow one (http and https).
/// </summary>
public static class SourceLinks
{
    /// <summary>The URI with its percent-escapes decoded; the text as given when it holds none or is malformed.</summary>
    public static string Display(string? source)
    {
        if (string.IsNullOrEmpty(source) || !source.Contains('%', StringComparison.Ordinal))
        {
            return source ?? "";
        }

        try
        {
            return Uri.UnescapeDataString(source);
        }
        catch (UriFormatException)
        {
            return source;
        }
    }

    /// <summary>The address to link to, or null for sources a browser cannot open (local paths, other schemes).</summary>
    public static string? Href(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
