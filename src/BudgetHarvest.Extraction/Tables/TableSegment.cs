using UglyToad.PdfPig.Content;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// A vertical slice of one page that holds (part of) one table: from just below the title / 单位：万元 line
/// (<paramref name="Top"/>, PDF user-space y, larger = higher) down to <paramref name="Bottom"/> (the next
/// table's title top, or 0 for page end).
/// </summary>
/// <param name="Page">The page, as opened by PdfPig.</param>
/// <param name="Top">Upper bound of the slice in user-space y; text above it is ignored.</param>
/// <param name="Bottom">Lower bound of the slice in user-space y; text below it is ignored.</param>
public sealed record TableSegment(Page Page, double Top, double Bottom)
{
    /// <summary>The printed title (optional). When set, a repeat of it at the top of a continuation segment is dropped by text as well as by position.</summary>
    public string? Title { get; init; }
}
