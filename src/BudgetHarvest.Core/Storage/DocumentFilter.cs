using BudgetHarvest.Core.Completeness;

namespace BudgetHarvest.Core.Storage;

/// <summary>Which stored documents to list; every criterion left null matches all.</summary>
/// <remarks>
/// Results come in <see cref="Sort"/> order, ties newest load first, so paging with
/// <see cref="Offset"/> is stable while nothing new is loaded.
/// </remarks>
public sealed record DocumentFilter
{
    public DocumentStatus? Status { get; init; }

    /// <summary>Only documents with one of these statuses (e.g. failed and warning: everything needing a look).</summary>
    public IReadOnlyCollection<DocumentStatus>? Statuses { get; init; }

    /// <summary>Only documents with one of these yield verdicts (e.g. low yield); combined with <see cref="Statuses"/> by AND.</summary>
    public IReadOnlyCollection<YieldStatus>? YieldStatuses { get; init; }

    /// <summary>
    /// Only documents a reviewer should look at: failed or with warnings, or whose yield verdict is not
    /// ok (refused, narrative only, low yield). The default review list.
    /// </summary>
    public bool NeedsReview { get; init; }

    /// <summary>True: only reviewed documents; false: only those not reviewed yet.</summary>
    public bool? Reviewed { get; init; }

    /// <summary>Only the latest version of each unit, year and kind.</summary>
    public bool LatestOnly { get; init; }

    public int? Year { get; init; }

    /// <summary>Only documents with an issue of this code (e.g. <c>sum_mismatch</c>).</summary>
    public string? IssueCode { get; init; }

    /// <summary>A part of the unit name (ordinal match).</summary>
    public string? UnitNameContains { get; init; }

    /// <summary>A part of the unit name, the file name or the source (case-insensitive): the list's search box.</summary>
    public string? Search { get; init; }

    /// <summary>The region (city or county), exactly as stored.</summary>
    public string? Region { get; init; }

    /// <summary>The disclosure kind as the format names it (<c>unit_budget</c>, <c>department_budget</c>).</summary>
    public string? Kind { get; init; }

    /// <summary>The order of the list.</summary>
    public DocumentSort Sort { get; init; } = DocumentSort.Loaded;

    /// <summary>True for descending order (the default: newest, largest, worst first).</summary>
    public bool Descending { get; init; } = true;

    /// <summary>At most this many rows (default 100).</summary>
    public int Limit { get; init; } = 100;

    public int Offset { get; init; }
}
