using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Locating;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Mapping.Headers;
using BudgetHarvest.Extraction.Tables;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Turns a located table into a <see cref="BudgetTable"/> with its grid and standard rows. A table
/// whose reconstruction fails keeps its inventory facts and gets a warning, so one odd table never
/// costs the rest of the document.
/// </summary>
internal sealed class TableReconstruction(ITableGridReader gridReader, TableRowMapper rowMapper)
{
    private readonly GridReferee referee = new(rowMapper);

    public BudgetTable Build(PdfDocument pdf, LocatedTable located, List<ExtractionIssue> issues)
    {
        var table = new BudgetTable
        {
            Number = located.Number,
            Title = located.Title,
            Kind = located.Kind,
            Funding = located.Funding,
            Spending = located.Spending,
            RowKey = located.RowKey,
            Measure = located.Measure,
            Empty = located.Empty,
            EmptyReason = located.EmptyReason,
            Pages = [.. located.Pages],
        };

        try
        {
            var segments = located.Bands
                .Where(b => b.HasContent)
                .Select(b => new TableSegment(pdf.GetPage(b.Page), b.Top, b.Bottom) { Title = located.Title })
                .ToList();
            var grid = gridReader.Read(segments);
            OverprintedHeader.ReadOnce(grid.Rows, grid.HeaderRowCount);
            issues.AddRange(referee.Apply(table, grid));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            issues.Add(ExtractionIssue.Create(IssueCodes.UnparsedCell, IssueSeverity.Warning,
                $"表{located.Number} {located.Title}: the table's cells could not be reconstructed ({e.GetType().Name}: {e.Message}).", located.Number));
        }

        return table;
    }
}
