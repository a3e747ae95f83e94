namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// One printed shape of a table label. <see cref="Pattern"/> matches a compact line and has a group
/// <c>n</c> (Arabic or Chinese numerals) and, when the title follows on the same line, a group <c>title</c>.
/// </summary>
public sealed class LabelRule
{
    /// <summary>The regular expression, anchored at the line start.</summary>
    public string Pattern { get; init; } = "";

    /// <summary>
    /// <c>label</c>: the printed number is the table's number; <c>toc</c>: the 目录 ordinal of the
    /// table's title is (the label counts differently), the label's number only when no 目录 entry fits.
    /// </summary>
    public string NumberFrom { get; init; } = "label";
}
