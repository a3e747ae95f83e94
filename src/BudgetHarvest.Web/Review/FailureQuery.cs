using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Web.Review;

/// <summary>
/// The dashboard's and the API's filter, as it appears in the query string
/// (<c>?status=low_yield&amp;q=图书馆&amp;region=宝鸡&amp;sort=lines&amp;dir=asc&amp;offset=100</c>).
/// </summary>
public sealed record FailureQuery
{
    /// <summary>The default status: every document a reviewer should look at (failed, warnings, refused, narrative only, low yield).</summary>
    public const string Attention = "attention";

    /// <summary>Every status.</summary>
    public const string AnyStatus = "all";

    public const int DefaultLimit = 100;

    /// <summary>The largest page a request may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Ascending order in <see cref="Dir"/>.</summary>
    public const string Ascending = "asc";

    /// <summary>Descending order in <see cref="Dir"/> (the default).</summary>
    public const string Descending = "desc";

    /// <summary>The status choices, in the order the filter offers them.</summary>
    public static IReadOnlyList<string> StatusChoices { get; } =
    [
        Attention, "failed", YieldStatuses.Name(YieldStatus.Refused), YieldStatuses.Name(YieldStatus.NarrativeOnly),
        YieldStatuses.Name(YieldStatus.LowYield), "warning", "ok", AnyStatus,
    ];

    /// <summary>The sort choices: <c>loaded</c>, <c>unit</c>, <c>year</c>, <c>status</c>, <c>tables</c>, <c>lines</c>.</summary>
    public static IReadOnlyList<string> SortChoices { get; } = [.. Enum.GetValues<DocumentSort>().Select(SortName)];

    /// <summary>The disclosure kinds the kind filter offers, as the format names them.</summary>
    public static IReadOnlyList<string> KindChoices { get; } = ["unit_budget", "department_budget"];

    /// <summary>One of <see cref="StatusChoices"/>; <c>attention</c> when empty.</summary>
    public string? Status { get; init; }

    /// <summary>An issue code the document must carry, e.g. <c>sum_mismatch</c>.</summary>
    public string? Issue { get; init; }

    /// <summary>A part of the unit's name.</summary>
    public string? Unit { get; init; }

    /// <summary>A part of the unit's name, the file name or the source: the search box.</summary>
    public string? Q { get; init; }

    /// <summary>A part of the region's name (city or county).</summary>
    public string? Region { get; init; }

    /// <summary>One of <see cref="KindChoices"/>, or empty for any.</summary>
    public string? Kind { get; init; }

    public int? Year { get; init; }

    /// <summary><c>yes</c>, <c>no</c>, or empty for either.</summary>
    public string? Reviewed { get; init; }

    /// <summary>One of <see cref="SortChoices"/>; <c>loaded</c> when empty.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c> (the default).</summary>
    public string? Dir { get; init; }

    public int? Limit { get; init; }

    public int? Offset { get; init; }

    /// <summary>The status as given, or the default.</summary>
    public string StatusOrDefault => Normalized(Status) ?? Attention;

    /// <summary>The sort as given, or the default.</summary>
    public string SortOrDefault => Normalized(Sort) ?? SortName(DocumentSort.Loaded);

    /// <summary>Whether the order is descending (the default).</summary>
    public bool IsDescending => Normalized(Dir) is not Ascending;

    /// <summary>The page size.</summary>
    public int LimitOrDefault => Limit ?? DefaultLimit;

    /// <summary>The first row of the page (0-based).</summary>
    public int OffsetOrDefault => Offset ?? 0;

    /// <summary>Why the query cannot be run, or null when it can.</summary>
    public string? Problem() =>
        !StatusChoices.Contains(StatusOrDefault) ? $"status must be one of {string.Join(", ", StatusChoices)}."
        : !SortChoices.Contains(SortOrDefault) ? $"sort must be one of {string.Join(", ", SortChoices)}."
        : Normalized(Dir) is { } dir && dir is not (Ascending or Descending) ? "dir must be asc or desc."
        : Normalized(Kind) is { } kind && !KindChoices.Contains(kind) ? $"kind must be one of {string.Join(", ", KindChoices)}."
        : Reviewed is { Length: > 0 } r && r is not ("yes" or "no") ? "reviewed must be yes or no."
        : Year is < 1900 or > 2200 ? "year must be a budget year such as 2023."
        : Limit is < 1 or > MaxLimit ? $"limit must be between 1 and {MaxLimit}."
        : Offset is < 0 ? "offset must not be negative."
        : null;

    /// <summary>The warehouse filter of this query.</summary>
    /// <param name="withIssue">False to leave the issue code out (the issue counts are of every code).</param>
    public DocumentFilter ToFilter(bool withIssue = true)
    {
        var (statuses, yields) = StatusCriteria(StatusOrDefault);
        return new()
        {
            NeedsReview = StatusOrDefault == Attention,
            Statuses = statuses,
            YieldStatuses = yields,
            IssueCode = withIssue ? Trimmed(Issue) : null,
            UnitNameContains = Trimmed(Unit),
            Search = Trimmed(Q),
            Region = Trimmed(Region),
            Kind = Normalized(Kind),
            Year = Year,
            Reviewed = Reviewed switch { "yes" => true, "no" => false, _ => null },
            Sort = Enum.GetValues<DocumentSort>().First(s => SortName(s) == SortOrDefault),
            Descending = IsDescending,
            Limit = LimitOrDefault,
            Offset = OffsetOrDefault,
        };
    }

    /// <summary>
    /// What a status choice selects: <c>failed</c> and <c>warning</c> the issue-based status (as
    /// before yields existed), <c>ok</c> documents ok on both counts, the yield names their verdict.
    /// </summary>
    private static (IReadOnlyCollection<DocumentStatus>? Statuses, IReadOnlyCollection<YieldStatus>? Yields) StatusCriteria(string choice) => choice switch
    {
        Attention or AnyStatus => (null, null),
        "failed" => ([DocumentStatus.Failed], null),
        "warning" => ([DocumentStatus.Warning], null),
        "ok" => ([DocumentStatus.Ok], [YieldStatus.Ok]),
        var name => (null, [YieldStatuses.Parse(name)]),
    };

    /// <summary>The query-string name of a sort.</summary>
    public static string SortName(DocumentSort sort) => sort.ToString().ToLowerInvariant();

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Normalized(string? text) => Trimmed(text)?.ToLowerInvariant();
}
