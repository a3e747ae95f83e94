using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse;

/// <summary>The ORDER BY of a document list over <c>documents d</c> joined with <c>units u</c>.</summary>
internal static class DocumentOrder
{
    /// <summary>
    /// The review status as one rank, worst highest: a failed extraction, a refusal, a narrative-only
    /// budget, a low yield, warnings, ok. Sorting by status descending puts what needs a look first.
    /// </summary>
    private const string StatusRank = """
        CASE WHEN d.status = 'failed' AND coalesce(d.yield_status, 'failed') <> 'refused' THEN 5
             WHEN d.yield_status = 'refused' THEN 4
             WHEN d.yield_status = 'narrative_only' THEN 3
             WHEN d.yield_status = 'low_yield' THEN 2
             WHEN d.status = 'warning' THEN 1
             ELSE 0 END
        """;

    /// <summary>The ordering terms; ties (and documents missing the sorted value, last) fall back to the newest load first.</summary>
    public static string Sql(DocumentSort sort, bool descending)
    {
        var direction = descending ? "DESC" : "ASC";
        var key = sort switch
        {
            DocumentSort.Unit => "coalesce(u.unit_name, d.unit_name)",
            DocumentSort.Year => "d.year",
            DocumentSort.Status => StatusRank,
            DocumentSort.Tables => "d.table_count",
            DocumentSort.Lines => "d.budget_line_count",
            _ => null,
        };
        var newestFirst = $"d.loaded_at {direction}, d.document_id {direction}";
        return key is null ? newestFirst : $"{key} {direction} NULLS LAST, d.loaded_at DESC, d.document_id DESC";
    }
}
