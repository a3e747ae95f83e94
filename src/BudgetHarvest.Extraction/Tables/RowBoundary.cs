namespace BudgetHarvest.Extraction.Tables;

/// <summary>A horizontal border between two lattice rows: drawn (with its rules) or inferred from text.</summary>
internal sealed class RowBoundary(double y, List<Ruling>? rules)
{
    public double Y { get; } = y;

    /// <summary>The drawn pieces at this height; null for a border inferred from the text.</summary>
    public List<Ruling>? Rules { get; } = rules;

    /// <summary>Columns where this inferred border is absent because a header cell spans across it.</summary>
    public HashSet<int> OpenColumns { get; } = [];

    public bool IsClosed(double left, double right, int column)
    {
        if (Rules is null)
        {
            return !OpenColumns.Contains(column);
        }

        var covered = Rules.Sum(r => r.Overlap(left, right));
        return covered >= 0.5 * (right - left);
    }
}
