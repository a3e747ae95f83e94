namespace BudgetHarvest.Core.Model;

/// <summary>The issue codes of the format, plus the codes of outright failures (severity error).</summary>
public static class IssueCodes
{
    public const string SumMismatch = "sum_mismatch";
    public const string CrossTableMismatch = "cross_table_mismatch";
    public const string NarrativeMismatch = "narrative_mismatch";
    public const string MissingTable = "missing_table";
    public const string UnreadableText = "unreadable_text";
    public const string UnparsedCell = "unparsed_cell";
    public const string NoTextLayer = "no_text_layer";

    /// <summary>The file is not a readable PDF (empty, truncated, another format renamed .pdf).</summary>
    public const string InvalidPdf = "invalid_pdf";

    /// <summary>The PDF is encrypted and cannot be opened without a password.</summary>
    public const string EncryptedPdf = "encrypted_pdf";

    /// <summary>Extraction did not finish within the per-document time limit.</summary>
    public const string Timeout = "timeout";

    /// <summary>Extraction failed for a reason not foreseen; the message says which.</summary>
    public const string ExtractionFailed = "extraction_failed";

    /// <summary>The PDF opened but does not look like a budget disclosure.</summary>
    public const string NotADisclosure = "not_a_disclosure";
}
