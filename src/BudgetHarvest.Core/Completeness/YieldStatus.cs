namespace BudgetHarvest.Core.Completeness;

/// <summary>
/// What a document yielded against what it should have: the completeness verdict a reviewer sorts
/// by, beside the issue-based <see cref="Storage.DocumentStatus"/>. A document can be free of
/// warnings and still have yielded almost nothing; this status says so.
/// </summary>
public enum YieldStatus
{
    /// <summary>The tables expected were found and hold budget lines.</summary>
    Ok,

    /// <summary>Tables expected are missing, or the tables found hold too few budget lines.</summary>
    LowYield,

    /// <summary>A budget whose 目录 lists tables that no page prints (<c>tables_not_in_pdf</c>): narrative only.</summary>
    NarrativeOnly,

    /// <summary>The extractor refused the PDF for what it is (not a budget disclosure, no text layer …).</summary>
    Refused,

    /// <summary>The extraction itself failed (an error that is no refusal: timeout, resource limit …).</summary>
    Failed,
}

/// <summary>Names a <see cref="YieldStatus"/> as the warehouse, the query string and the API spell it.</summary>
public static class YieldStatuses
{
    /// <summary>Every status, in the order a reviewer reads them (worst last).</summary>
    public static IReadOnlyList<YieldStatus> All { get; } = [YieldStatus.Ok, YieldStatus.LowYield, YieldStatus.NarrativeOnly, YieldStatus.Refused, YieldStatus.Failed];

    /// <summary>The stored name: <c>ok</c>, <c>low_yield</c>, <c>narrative_only</c>, <c>refused</c> or <c>failed</c>.</summary>
    public static string Name(YieldStatus status) => status switch
    {
        YieldStatus.Ok => "ok",
        YieldStatus.LowYield => "low_yield",
        YieldStatus.NarrativeOnly => "narrative_only",
        YieldStatus.Refused => "refused",
        YieldStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a stored name.</summary>
    /// <exception cref="FormatException">The name is not one of the five.</exception>
    public static YieldStatus Parse(string name) =>
        TryParse(name, out var status) ? status : throw new FormatException($"'{name}' is not a yield status.");

    /// <summary>Parses a stored name; false when it is none of the five.</summary>
    public static bool TryParse(string? name, out YieldStatus status)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
