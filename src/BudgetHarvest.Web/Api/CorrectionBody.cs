using BudgetHarvest.Core.Corrections;

namespace BudgetHarvest.Web.Api;

/// <summary>
/// <c>POST /api/documents/{sha256}/corrections</c>: one correction, as the document page's forms post it
/// (tables and rows 1-based as shown; the author is the signed-in user, never the body's word).
/// </summary>
/// <param name="Action">What to change (<c>retype_table</c>, <c>fix_cell</c> …).</param>
/// <param name="Table">The table's position as shown, for table, column and cell corrections.</param>
/// <param name="Row">The row as shown, for a cell.</param>
/// <param name="Field">A cell's row key or <c>extra</c> header; a mapped column's key or header.</param>
/// <param name="Value">The new kind, number, row key, cell, exclusion reason or verdict.</param>
/// <param name="Note">The reviewer's words.</param>
public sealed record CorrectionBody(CorrectionAction Action, int? Table = null, int? Row = null, string? Field = null, string? Value = null, string? Note = null)
{
    public CorrectionRequest ToRequest(string? author) => new(Action, Table, Row, Field, Value, Note, author);
}
