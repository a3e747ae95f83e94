using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Loading;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>
/// Turns a reviewer's request, made on the document as shown (corrected), into a correction of the
/// extraction as extracted: the shown table's extracted position, number and title; the row's labels;
/// the value shown before. Pure.
/// </summary>
internal static class CorrectionBuilder
{
    /// <returns>The correction, or why the request names nothing in the document.</returns>
    public static (DocumentCorrection? Correction, string? Problem) Build(CorrectionRequest request, BudgetDocument extracted, CorrectedDocument current, DateTimeOffset now)
    {
        var correction = new DocumentCorrection
        {
            Sha256 = extracted.Source.Sha256,
            Action = request.Action,
            After = Blank(request.Value),
            Note = Blank(request.Note),
            Author = request.Author,
            MadeAt = now,
        };

        switch (request.Action)
        {
            case CorrectionAction.ExcludeDocument:
                return (correction with { Before = current.Excluded is { } e ? FormatNames.Of(e) : null }, null);
            case CorrectionAction.RecordVerdict:
                return (correction with { Before = current.Verdict is { } v ? FormatNames.Of(v.Verdict) : null }, null);
        }

        if (request.Table is not { } shown || shown < 1 || shown > current.Document.Tables.Count)
        {
            return (null, $"there is no table #{request.Table}");
        }

        var table = current.Document.Tables[shown - 1];
        var ordinal = current.ExtractedOrdinals[shown - 1];
        var source = extracted.Tables[ordinal - 1];
        correction = correction with { Table = new TableTarget(ordinal, source.Number, source.Title) };
        switch (request.Action)
        {
            case CorrectionAction.RetypeTable:
                return (correction with { Before = FormatNames.Of(table.Kind) }, null);
            case CorrectionAction.RenumberTable:
                return (correction with { Before = table.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null);
            case CorrectionAction.DropTable:
                return (correction with { Before = table.Title, After = null }, null);
            case CorrectionAction.MapColumn:
                return (correction with { Before = Blank(request.Field) }, null);
            case CorrectionAction.FixCell:
                if (request.Row is not { } row || row < 1 || row > table.Rows.Count || row > source.Rows.Count)
                {
                    return (null, $"the table has no row {request.Row}");
                }

                return (correction with
                {
                    Row = row,
                    RowLabel = RowIdentity.Of(source.Rows[row - 1]),
                    Field = Blank(request.Field),
                    Before = request.Field is { } field ? CellText(table, table.Rows[row - 1], field.Trim()) : null,
                }, null);
            default:
                return (null, $"{request.Action} is not a correction");
        }
    }

    /// <summary>A cell as shown: a key's value, or an amount kept in <c>extra</c> under its printed header.</summary>
    private static string? CellText(BudgetTable table, TableRow row, string field) =>
        ColumnMapping.IsExtra(table, field)
            ? row.Extra.FirstOrDefault(e => e.Key == field).Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : row.Text(field);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
