using System.Globalization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Web.Pages;

/// <summary>How the pages word statuses, severities and times.</summary>
public static class Labels
{
    public static string Status(string choice) => choice switch
    {
        Review.FailureQuery.Attention => "needs review",
        Review.FailureQuery.AnyStatus => "all",
        _ => choice.Replace('_', ' '),
    };

    /// <summary>A yield verdict as the list shows it: <c>low yield</c>, <c>narrative only</c> ….</summary>
    public static string Yield(Core.Completeness.YieldStatus status) => Core.Completeness.YieldStatuses.Name(status).Replace('_', ' ');

    /// <summary>Tables found against those expected: <c>9 / 12</c>, or the count alone when nothing was expected.</summary>
    public static string Tables(int found, int? expected) =>
        expected is { } all ? string.Create(CultureInfo.InvariantCulture, $"{found} / {all}") : found.ToString(CultureInfo.InvariantCulture);

    public static string Severity(IssueSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>A time in UTC to the minute: operators compare it with the job dashboard, which shows UTC.</summary>
    public static string When(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "";

    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    /// <summary>The pages of a table as printed: <c>5</c>, <c>5–7</c> or <c>5, 9</c>.</summary>
    public static string Pages(IReadOnlyList<int> pages) =>
        pages.Count == 0 ? "no page"
        : pages.Count > 1 && pages[^1] - pages[0] == pages.Count - 1 ? $"pages {pages[0]}–{pages[^1]}"
        : (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", pages);
}
