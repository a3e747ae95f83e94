namespace BudgetHarvest.Core.Model;

/// <summary>The issue codes of the format, plus the codes of outright failures (severity error).</summary>
public static class IssueCodes
{
    public const string SumMismatch = "sum_mismatch";
    public const string CrossTableMismatch = "cross_table_mismatch";
    public const string NarrativeMismatch = "narrative_mismatch";
    public const string MissingTable = "missing_table";
    /// <summary>
    /// Glyphs that cannot be decoded (fonts without a Unicode map, private-use code points). A warning
    /// when some text is affected; an error when the pages show text but none of it can be decoded
    /// (damaged fonts), which OCR-ing would not fix, unlike <see cref="NoTextLayer"/>.
    /// </summary>
    public const string UnreadableText = "unreadable_text";
    public const string UnparsedCell = "unparsed_cell";
    public const string NoTextLayer = "no_text_layer";

    /// <summary>Warning: a table has a grid but its header could not be mapped, so some or all rows are missing; the message quotes the header.</summary>
    public const string UnmappedTable = "unmapped_table";

    /// <summary>Info: an amount column whose header maps to no key; its values are kept in the rows' <c>extra</c>.</summary>
    public const string UnmappedColumn = "unmapped_column";

    /// <summary>Warning: a narrative-only budget whose 目录 lists tables published elsewhere; no tables are output.</summary>
    public const string TablesNotInPdf = "tables_not_in_pdf";

    /// <summary>Info: pages read by OCR; the message names them.</summary>
    public const string OcrText = "ocr_text";

    /// <summary>Error: extraction exceeded a resource bound (memory, decoded stream size) and was stopped.</summary>
    public const string ResourceLimit = "resource_limit";

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

    /// <summary>Review note (warning): a reviewer's correction no longer applies to this extraction (its table or row is gone); it is kept, and the message says which.</summary>
    public const string CorrectionNotApplied = "correction_not_applied";

    /// <summary>Review note (warning): the unit the PDF prints is not the unit its harvest seed names; the document is attributed to the printed unit.</summary>
    public const string UnitMismatch = "unit_mismatch";

    /// <summary>
    /// The codes budgetharvest/1 allows below severity error (the spec's "Issues" and "More issue codes");
    /// an error may carry any code, since it says why an extraction failed.
    /// </summary>
    public static IReadOnlySet<string> Format { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SumMismatch, CrossTableMismatch, NarrativeMismatch, MissingTable, UnreadableText, UnparsedCell, NoTextLayer,
        UnmappedTable, UnmappedColumn, TablesNotInPdf, OcrText, NotADisclosure,
    };

    /// <summary>
    /// The warehouse's notes to reviewers: not codes of budgetharvest/1, so never in a document's issues.
    /// The warehouse stores and shows them beside the issues, flagged as review notes.
    /// </summary>
    public static IReadOnlySet<string> ReviewNotes { get; } = new HashSet<string>(StringComparer.Ordinal) { CorrectionNotApplied, UnitMismatch };
}
