namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Where one page grid's columns were printed: the column borders the page's detector found (x, left to
/// right, one more than its column slots) and, for each grid column, the slot it came from. Slots nobody
/// wrote into are dropped from the grid, so a continuation page whose 公用经费 column happens to be empty
/// has one grid column fewer than the first page; the slots say which one.
/// </summary>
/// <param name="Borders">The column borders, left to right.</param>
/// <param name="Kept">For each grid column, the index of the border slot it was read from.</param>
internal sealed record PageColumns(IReadOnlyList<double> Borders, IReadOnlyList<int> Kept)
{
    /// <summary>No column evidence (an empty page grid).</summary>
    public static PageColumns None { get; } = new([], []);

    /// <summary>How many column slots the borders make, printed or not.</summary>
    public int SlotCount => Math.Max(Borders.Count - 1, 0);

    /// <summary>Horizontal overlap (points) of grid column <paramref name="column"/> with the span <paramref name="left"/>–<paramref name="right"/>.</summary>
    public double Overlap(int column, double left, double right) =>
        Math.Min(Right(column), right) - Math.Max(Left(column), left);

    /// <summary>Left border of grid column <paramref name="column"/>.</summary>
    public double Left(int column) => Borders[Kept[column]];

    /// <summary>Right border of grid column <paramref name="column"/>.</summary>
    public double Right(int column) => Borders[Kept[column] + 1];
}
