namespace BudgetHarvest.Extraction.Tables;

/// <summary>A horizontal or vertical line segment drawn on the page (a table rule).</summary>
/// <param name="Horizontal">True for a horizontal rule (constant y), false for a vertical one (constant x).</param>
/// <param name="Position">The constant coordinate: y for horizontal, x for vertical.</param>
/// <param name="Start">Smaller end of the varying coordinate.</param>
/// <param name="End">Larger end of the varying coordinate.</param>
internal readonly record struct Ruling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    /// <summary>Length of the overlap between this rule's extent and [from, to].</summary>
    public double Overlap(double from, double to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}
