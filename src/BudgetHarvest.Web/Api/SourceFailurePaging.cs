namespace BudgetHarvest.Web.Api;

/// <summary>The paging of <c>GET /api/source-failures</c>: 1-based pages of a bounded size, so a list that grows with every harvest is never sent whole.</summary>
public static class SourceFailurePaging
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Why the paging asked for is invalid, or null when it is fine.</summary>
    public static string? Problem(int page, int pageSize) =>
        page < 1 ? $"page must be 1 or more (got {page})."
        : pageSize is < 1 or > MaxPageSize ? $"pageSize must be between 1 and {MaxPageSize} (got {pageSize})."
        : (long)(page - 1) * pageSize > int.MaxValue ? $"page {page} is beyond any list."
        : null;
}
