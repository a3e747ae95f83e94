namespace BudgetHarvest.Extraction.Tables;

/// <summary>What one segment holds after cleaning: its text lines and rules, top to bottom.</summary>
internal sealed class SegmentLayout(int pageNumber, List<TextLine> lines, PageRulings rulings)
{
    public int PageNumber { get; } = pageNumber;
    public List<TextLine> Lines { get; } = lines;
    public PageRulings Rulings { get; } = rulings;
    public IEnumerable<TextFragment> Fragments => Lines.SelectMany(l => l.Fragments);
    public double TextLeft => Fragments.Min(f => f.Left);
    public double TextRight => Fragments.Max(f => f.Right);

    /// <summary>Typical whitespace between two consecutive single-line rows, from adjacent lines that both hold numbers.</summary>
    public double RowGap()
    {
        var gaps = new List<double>();
        for (var i = 1; i < Lines.Count; i++)
        {
            if (Lines[i].HasNumber && Lines[i - 1].HasNumber)
            {
                gaps.Add(Lines[i - 1].Bottom - Lines[i].Top);
            }
        }

        if (gaps.Count == 0)
        {
            return Lines.Count == 0 ? 0 : Lines.Average(l => l.FontSize);
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}
