namespace BudgetHarvest.Extraction.Tables;

/// <summary>All tunables of <see cref="TableGridReader"/>; the defaults fit the disclosure corpus.</summary>
public sealed record GridReaderOptions
{
    public RulingOptions Rulings { get; init; } = new();
    public FragmentOptions Fragments { get; init; } = new();
    public RowOptions Rows { get; init; } = new();

    /// <summary>The defaults.</summary>
    public static GridReaderOptions Default { get; } = new();
}
