namespace BudgetHarvest.Core.Storage;

/// <summary>Which stored documents to list; every criterion left null matches all.</summary>
/// <remarks>Results come newest load first, so paging with <see cref="Offset"/> is stable while nothing new is loaded.</remarks>
public sealed record DocumentFilter
{
    public DocumentStatus? Status { get; init; }

    /// <summary>Only documents with one of these statuses (e.g. failed and warning: everything needing a look).</summary>
    public IReadOnlyCollection<DocumentStatus>? Statuses { get; init; }

    /// <summary>True: only reviewed documents; false: only those not reviewed yet.</summary>
    public bool? Reviewed { get; init; }

    /// <summary>Only the latest version of each unit, year and kind.</summary>
    public bool LatestOnly { get; init; }

    public int? Year { get; init; }

    /// <summary>Only documents with an issue of this code (e.g. <c>sum_mismatch</c>).</summary>
    public string? IssueCode { get; init; }

    /// <summary>A part of the unit name (ordinal match).</summary>
    public string? UnitNameContains { get; init; }

    /// <summary>At most this many rows (default 100).</summary>
    public int Limit { get; init; } = 100;

    public int Offset { get; init; }
}
