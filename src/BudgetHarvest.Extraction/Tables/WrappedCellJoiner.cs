using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// An amount too wide for its cell wraps its last digits onto a second line inside the same cell
/// (<c>435,216.1</c> over <c>7</c>); read line by line, that gives a row of its own holding only
/// the tail. A row whose every filled cell is such a tail — digits completing the decimals of the
/// amount just above to the places the table prints — is put back into the cells above.
/// </summary>
internal static partial class WrappedCellJoiner
{
    /// <summary>Amounts with a decimal point are printed to the cent, even where one table shows only a wrapped one.</summary>
    private const int CentPlaces = 2;

    /// <summary>Joins the wrapped tails below the header rows; the rows are changed in place.</summary>
    public static void Join(List<List<string>> rows, int headerRows)
    {
        if (rows.Count <= headerRows + 1)
        {
            return;
        }

        var places = DecimalPlaces(rows, headerRows);
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

    private static bool IsTailOf(List<string> row, List<string> above, int places)
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
            if (!Digits().IsMatch(tail) || !match.Success || !match.Groups["fraction"].Success || places <= 0
                || match.Groups["fraction"].Length + tail.Length != places)
            {
                return false;
            }

            tails++;
        }

        return tails > 0;
    }

    /// <summary>
    /// The decimal places the table prints its amounts to (0 when none prints a point): a table prints
    /// all its amounts alike, and a wrapped one shows fewer, never more, so the most seen (at least the cent) is the table's.
    /// </summary>
    private static int DecimalPlaces(List<List<string>> rows, int headerRows)
    {
        var places = 0;
        for (var r = headerRows; r < rows.Count; r++)
        {
            foreach (var cell in rows[r])
            {
                var match = Amount().Match(TextShape.Compact(cell));
                if (match.Success && match.Groups["fraction"].Success)
                {
                    places = Math.Max(places, match.Groups["fraction"].Length);
                }
            }
        }

        return places == 0 ? 0 : Math.Max(places, CentPlaces);
    }

    [GeneratedRegex(@"^-?[\d,]+(?:\.(?<fraction>\d*))?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex Digits();
}
