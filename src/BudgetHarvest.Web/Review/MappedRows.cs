using System.Globalization;
using System.Text;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Export;

namespace BudgetHarvest.Web.Review;

/// <summary>
/// A table's mapped rows as the warehouse stores them, laid out for people: one column per row key in
/// the order the rows print them, then one per printed header kept in <c>extra</c>.
/// </summary>
public sealed class MappedRows
{
    private MappedRows(BudgetTable table, IReadOnlyList<string> keys, IReadOnlyList<string> extraHeaders)
    {
        Table = table;
        Keys = keys;
        ExtraHeaders = extraHeaders;
    }

    public BudgetTable Table { get; }

    /// <summary>The row keys the rows hold.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The printed headers of amount columns that map to no key.</summary>
    public IReadOnlyList<string> ExtraHeaders { get; }

    public static MappedRows Of(BudgetTable table)
    {
        var keys = new List<string>();
        var extra = new List<string>();
        foreach (var row in table.Rows)
        {
            keys.AddRange(row.Select(f => f.Key).Where(k => !keys.Contains(k)));
            extra.AddRange(row.Extra.Select(e => e.Key).Where(h => !extra.Contains(h)));
        }

        return new MappedRows(table, keys, extra);
    }

    /// <summary>A cell as text: an amount invariantly, blank for null or absent.</summary>
    public static string Cell(TableRow row, string key) => row.Text(key) ?? "";

    public static string Extra(TableRow row, string header) =>
        row.Extra.FirstOrDefault(e => e.Key == header).Value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The rows as CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese right): the keys, then <c>extra:</c> and each printed header.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Keys.Concat(ExtraHeaders.Select(h => $"{RowFields.Extra}:{h}")).Select(CsvOutput.Quote)));
        foreach (var row in Table.Rows)
        {
            var cells = Keys.Select(k => Cell(row, k)).Concat(ExtraHeaders.Select(h => Extra(row, h)));
            text.AppendLine(string.Join(",", cells.Select(CsvOutput.Quote)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
