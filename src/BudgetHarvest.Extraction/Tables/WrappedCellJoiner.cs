using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// An amount too wide for its cell wraps its last digits onto a second line inside the same cell
/// (<c>435,216.1</c> over <c>7</c>); read line by line, that gives a row of its own holding only
/// the tail. A row whose every filled cell is such a tail — digits completing the decimals of the
/// amount just above to the places its column prints — is put back into the cells above.
/// </summary>
internal static partial class WrappedCellJoiner
{
    /// <summary>Joins the wrapped tails below the header rows; the rows are changed in place.</summary>
    public static void Join(List<List<string>> rows, int headerRows)
    {
        if (rows.Count <= headerRows + 1)
        {
            return;
        }

        var width = rows.Max(r => r.Count);
        var places = Enumerable.Range(0, width).Select(j => DecimalPlaces(rows, headerRows, j)).ToArray();
        for (var r = rows.Count - 1; r > headerRows; r--)
        {
            if (IsTailOf(rows[r], rows[r - 1], places))
            {
                for (var j = 0; j < rows[r].Count; j++)
                {
                    var tail = TextShape.Compact(rows[r][j]);
                    if (tail.Length > 0)
                    {
                        rows[r - 1][j] = TextShape.Compact(rows[r - 1][j]) + tail;
                    }
                }

                rows.RemoveAt(r);
            }
        }
    }

    private static bool IsTailOf(List<string> row, List<string> above, int[] places)
    {
        var tails = 0;
        for (var j = 0; j < row.Count; j++)
        {
            var tail = TextShape.Compact(row[j]);
            if (tail.Length == 0)
            {
                continue;
            }

            var head = j < above.Count ? TextShape.Compact(above[j]) : "";
            var match = Amount().Match(head);
            if (!Digits().IsMatch(tail) || !match.Success || !match.Groups["fraction"].Success || places[j] <= 0
                || match.Groups["fraction"].Length + tail.Length != places[j])
            {
                return false;
            }

            tails++;
        }

        return tails > 0;
    }

    /// <summary>The decimal places most amounts of a column print (0 when none prints a point).</summary>
    private static int DecimalPlaces(List<List<string>> rows, int headerRows, int column)
    {
        var counts = new Dictionary<int, int>();
        for (var r = headerRows; r < rows.Count; r++)
        {
            var cell = column < rows[r].Count ? TextShape.Compact(rows[r][column]) : "";
            var match = Amount().Match(cell);
            if (match.Success && match.Groups["fraction"].Success)
            {
                var places = match.Groups["fraction"].Length;
                counts[places] = counts.GetValueOrDefault(places) + 1;
            }
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(p => p.Value).Key;
    }

    [GeneratedRegex(@"^-?[\d,]+(?:\.(?<fraction>\d*))?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex Digits();
}
