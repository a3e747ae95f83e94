namespace BudgetHarvest.Core.Corrections;

/// <summary>
/// A correction as a reviewer asks for it on the document page: the table and row as shown (the
/// corrected document), which the warehouse turns into a <see cref="DocumentCorrection"/> on the
/// extraction as extracted.
/// </summary>
/// <param name="Action">What to change.</param>
/// <param name="Table">The 1-based position of the table as shown, for table, column and cell corrections.</param>
/// <param name="Row">The 1-based row as shown, for a cell.</param>
/// <param name="Field">The row key of a cell, or the column (key or printed header) of a mapping.</param>
/// <param name="Value">The new value: a kind, a number, a row key, a cell, an exclusion reason or a verdict.</param>
/// <param name="Note">The reviewer's words.</param>
/// <param name="Author">The signed-in reviewer.</param>
public sealed record CorrectionRequest(CorrectionAction Action, int? Table, int? Row, string? Field, string? Value, string? Note, string? Author);

/// <summary>What asking for a correction did.</summary>
/// <param name="Outcome">Whether it was stored.</param>
/// <param name="Problem">Why it was refused.</param>
public sealed record CorrectionResult(CorrectionOutcome Outcome, string? Problem = null);

/// <summary>Whether a correction was stored.</summary>
public enum CorrectionOutcome
{
    /// <summary>Stored, and applied to the warehouse.</summary>
    Applied,

    /// <summary>No document with this SHA-256 is stored.</summary>
    NotFound,

    /// <summary>It does not apply to the document (no such table, row or column; a value that is not one).</summary>
    Refused,
}
