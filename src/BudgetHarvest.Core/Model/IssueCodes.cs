namespace BudgetHarvest.Core.Model;

/// <summary>The issue codes of the format, plus <see cref="Error"/> for outright failures.</summary>
public static class IssueCodes
{
    public const string SumMismatch = "sum_mismatch";
    public const string CrossTableMismatch = "cross_table_mismatch";
    public const string NarrativeMismatch = "narrative_mismatch";
    public const string MissingTable = "missing_table";
    public const string UnreadableText = "unreadable_text";
    public const string UnparsedCell = "unparsed_cell";
    public const string NoTextLayer = "no_text_layer";

    /// <summary>The document could not be extracted at all (not a PDF, encrypted, timed out, …).</summary>
    public const string Error = "error";

    /// <summary>The PDF opened but does not look like a budget disclosure.</summary>
    public const string NotADisclosure = "not_a_disclosure";
}
