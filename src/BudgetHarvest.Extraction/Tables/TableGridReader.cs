namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// The default <see cref="ITableGridReader"/>: reads each segment with the column evidence it offers
/// (vertical rules, broken horizontal rules, or text alignment), then stitches continuation pages.
/// Never throws on odd pages: a segment it cannot read contributes no rows.
/// </summary>
public sealed class TableGridReader : ITableGridReader
{
    private readonly SegmentReader reader;

    /// <summary>Creates a reader with <see cref="GridReaderOptions.Default"/>.</summary>
    public TableGridReader()
        : this(GridReaderOptions.Default)
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    public TableGridReader(GridReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        reader = new SegmentReader(options, [new VerticalRuleColumnDetector(), new RulePieceColumnDetector(), new AlignmentColumnDetector()]);
    }

    /// <inheritdoc />
    public ReconstructedGrid Read(IReadOnlyList<TableSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            return ReconstructedGrid.Empty;
        }

        var title = segments[0].Title;
        var pages = segments.Select((s, i) => reader.Read(i == 0 || s.Title is not null ? s : s with { Title = title })).ToList();
        return GridStitcher.Stitch(pages);
    }

    /// <summary>Reads one segment and names the column strategy it used (diagnostics).</summary>
    internal (List<List<string>> Rows, string Strategy) ReadSegment(TableSegment segment)
    {
        var grid = reader.Read(segment);
        return (grid.Rows, grid.Strategy);
    }
}
