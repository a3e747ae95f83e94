using System.Globalization;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Web.Monitoring;

/// <summary>The health page's charts of harvest runs: outcomes per run, failure codes per run, outcomes per city.</summary>
public static class HealthCharts
{
    private const string New = "new";
    private const string Unchanged = "unchanged";
    private const string Failed = "failed";
    private const string UnknownRegion = "(region unknown)";

    private static readonly (string, string)[] Outcomes = [(New, "#2e7d32"), (Unchanged, "#9e9e9e"), (Failed, "#c62828")];

    // Failure codes get colors in order of frequency; more codes than colors reuse them.
    private static readonly string[] CodeColors = ["#c62828", "#ef6c00", "#6a1b9a", "#1565c0", "#00838f", "#795548", "#ad1457", "#558b2f"];

    /// <summary>New, unchanged and failed items of each run, oldest first.</summary>
    public static string OutcomesPerRun(IReadOnlyList<HarvestRunRecord> runs) =>
        new StackedBars(Outcomes).Render("Outcomes per harvest run", [.. runs.Select(r => new Bar(RunLabel(r),
            new Dictionary<string, int> { [New] = r.New, [Unchanged] = r.Unchanged, [Failed] = r.Failed }))]);

    /// <summary>The failed items of each run by failure code.</summary>
    public static string FailureCodesPerRun(IReadOnlyList<HarvestRunRecord> runs)
    {
        var codes = runs.SelectMany(r => r.Tallies).Where(t => t.Outcome == Failed)
            .GroupBy(t => t.Code ?? "unknown").OrderByDescending(g => g.Sum(t => t.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, CodeColors[i % CodeColors.Length])).ToList();
        return new StackedBars(codes).Render("Failures per harvest run by code", [.. runs.Select(r => new Bar(RunLabel(r),
            r.Tallies.Where(t => t.Outcome == Failed).GroupBy(t => t.Code ?? "unknown").ToDictionary(g => g.Key, g => g.Sum(t => t.Count))))]);
    }

    /// <summary>New, unchanged and failed items per city over all the runs shown.</summary>
    public static string OutcomesPerRegion(IReadOnlyList<HarvestRunRecord> runs) =>
        new StackedBars(Outcomes).Render("Outcomes per city", [.. runs.SelectMany(r => r.Tallies)
            .GroupBy(t => t.Region ?? UnknownRegion)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Bar(g.Key, g.GroupBy(t => t.Outcome).ToDictionary(o => o.Key, o => o.Sum(t => t.Count))))]);

    /// <summary>A run as its bar is labelled: its start (UTC) and what started it.</summary>
    public static string RunLabel(HarvestRunRecord run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} {run.Trigger}");
}
