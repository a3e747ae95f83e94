using BudgetHarvest.Core.Corrections;

namespace BudgetHarvest.Web.Pages.Documents;

/// <summary>One correction form as posted from the document page; tables and rows are 1-based, as shown.</summary>
public sealed class CorrectionInput
{
    public CorrectionAction Action { get; set; }

    public int? Table { get; set; }

    public int? Row { get; set; }

    /// <summary>The cell's row key, or the column (key or printed header) of a mapping.</summary>
    public string? Field { get; set; }

    public string? Value { get; set; }

    public string? Note { get; set; }

    public CorrectionRequest ToRequest(string? author) => new(Action, Table, Row, Field, Value, Note, author);
}
