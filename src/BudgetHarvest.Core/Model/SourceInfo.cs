namespace BudgetHarvest.Core.Model;

/// <summary>The PDF a document was extracted from.</summary>
public sealed class SourceInfo
{
    /// <summary>File name of the PDF, without folder.</summary>
    public string File { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the PDF bytes: the document's identity.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Page count, or 0 when the file could not be opened as a PDF.</summary>
    public int Pages { get; set; }
}
