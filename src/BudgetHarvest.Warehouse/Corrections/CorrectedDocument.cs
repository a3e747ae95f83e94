using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>An extraction with its reviewers' corrections applied: what the warehouse stores and analysts see.</summary>
/// <param name="Document">The corrected document (the extraction itself when there are no corrections).</param>
/// <param name="Corrections">Each correction with whether it applied, in the order they were made.</param>
/// <param name="CorrectedTables">The tables a correction changed (re-typed, renumbered, re-mapped or with a fixed cell).</param>
/// <param name="CorrectedRows">The rows a correction changed (a fixed cell or a re-mapped column).</param>
/// <param name="RelabelledTables">The tables re-typed or renumbered: every line of theirs changed.</param>
/// <param name="ExtractedOrdinals">For each table of <paramref name="Document"/>, its 1-based position in the extraction (dropped tables leave gaps).</param>
internal sealed record CorrectedDocument(
    BudgetDocument Document,
    IReadOnlyList<StoredCorrection> Corrections,
    IReadOnlySet<BudgetTable> CorrectedTables,
    IReadOnlySet<TableRow> CorrectedRows,
    IReadOnlySet<BudgetTable> RelabelledTables,
    IReadOnlyList<int> ExtractedOrdinals)
{
    /// <summary>Why the document is kept out of the analysts' views, when the last exclusion says so.</summary>
    public ExclusionReason? Excluded { get; init; }

    /// <summary>The warehouse's notes to reviewers on this load (corrections that no longer apply): stored beside the issues, never in the document.</summary>
    public IReadOnlyList<ExtractionIssue> ReviewNotes { get; init; } = [];

    /// <summary>The last verdict recorded, with its note.</summary>
    public (ReviewVerdict Verdict, string? Note)? Verdict { get; init; }

    /// <summary>Whether the line of <paramref name="row"/> in <paramref name="table"/> was changed by a correction.</summary>
    public bool IsCorrected(BudgetTable table, TableRow row) => CorrectedRows.Contains(row) || RelabelledTables.Contains(table);
}
