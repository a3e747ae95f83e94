using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Web.Review;

/// <summary>
/// The dashboard's and the API's filter, as it appears in the query string
/// (<c>?status=failed&amp;issue=encrypted_pdf&amp;unit=图书馆&amp;year=2023</c>).
/// </summary>
public sealed record FailureQuery
{
    /// <summary>The default status: documents that failed or carry warnings.</summary>
    public const string Attention = "attention";

    /// <summary>Every status.</summary>
    public const string AnyStatus = "all";

    public const int DefaultLimit = 100;

    /// <summary>The status choices, in the order the filter offers them.</summary>
    public static IReadOnlyList<string> StatusChoices { get; } = [Attention, "failed", "warning", "ok", AnyStatus];

    /// <summary><c>attention</c> (default), <c>failed</c>, <c>warning</c>, <c>ok</c> or <c>all</c>.</summary>
    public string? Status { get; init; }

    /// <summary>An issue code the document must carry, e.g. <c>sum_mismatch</c>.</summary>
    public string? Issue { get; init; }

    /// <summary>A part of the unit's name.</summary>
    public string? Unit { get; init; }

    public int? Year { get; init; }

    /// <summary><c>yes</c>, <c>no</c>, or empty for either.</summary>
    public string? Reviewed { get; init; }

    public int? Limit { get; init; }

    public int? Offset { get; init; }

    /// <summary>The status as given, or the default.</summary>
    public string StatusOrDefault => string.IsNullOrWhiteSpace(Status) ? Attention : Status.Trim().ToLowerInvariant();

    /// <summary>Why the query cannot be run, or null when it can.</summary>
    public string? Problem() =>
        !StatusChoices.Contains(StatusOrDefault) ? $"status must be one of {string.Join(", ", StatusChoices)}."
        : Reviewed is { Length: > 0 } r && r is not ("yes" or "no") ? "reviewed must be yes or no."
        : Year is < 1900 or > 2200 ? "year must be a budget year such as 2023."
        : Limit is < 1 or > 1000 ? "limit must be between 1 and 1000."
        : Offset is < 0 ? "offset must not be negative."
        : null;

    /// <summary>The warehouse filter of this query.</summary>
    /// <param name="withIssue">False to leave the issue code out (the issue counts are of every code).</param>
    public DocumentFilter ToFilter(bool withIssue = true) => new()
    {
        Statuses = StatusOrDefault switch
        {
            Attention => [DocumentStatus.Failed, DocumentStatus.Warning],
            AnyStatus => null,
            var name => [DocumentStatuses.Parse(name)],
        },
        IssueCode = withIssue && !string.IsNullOrWhiteSpace(Issue) ? Issue.Trim() : null,
        UnitNameContains = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(),
        Year = Year,
        Reviewed = Reviewed switch { "yes" => true, "no" => false, _ => null },
        Limit = Limit ?? DefaultLimit,
        Offset = Offset ?? 0,
    };
}
