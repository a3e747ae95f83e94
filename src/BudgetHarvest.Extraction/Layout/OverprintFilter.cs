using UglyToad.PdfPig.Content;

namespace BudgetHarvest.Extraction.Layout;

/// <summary>
/// Drops glyphs drawn again on top of themselves. Acrobat and some Word exports fake bold type
/// by painting each character several times a fraction of a point apart, which would otherwise
/// read as <c>表表表表1111</c>.
/// </summary>
public static class OverprintFilter
{
    // Copies of one glyph sit well within this distance; distinct neighbours are a glyph width apart.
    private const double Tolerance = 1.5;

    /// <summary>The letters with overprinted copies removed, in their original order.</summary>
    public static IReadOnlyList<Letter> Filter(IReadOnlyList<Letter> letters)
    {
        var seen = new Dictionary<(long, long), List<Letter>>();
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            var x = letter.StartBaseLine.X;
            var y = letter.StartBaseLine.Y;
            var cell = ((long)Math.Floor(x / Tolerance), (long)Math.Floor(y / Tolerance));
            if (IsCopy(seen, cell, letter, x, y))
            {
                continue;
            }

            if (!seen.TryGetValue(cell, out var bucket))
            {
                seen[cell] = bucket = [];
            }

            bucket.Add(letter);
            kept.Add(letter);
        }

        return kept.Count == letters.Count ? letters : kept;
    }

    private static bool IsCopy(Dictionary<(long, long), List<Letter>> seen, (long X, long Y) cell, Letter letter, double x, double y)
    {
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (!seen.TryGetValue((cell.X + dx, cell.Y + dy), out var bucket))
                {
                    continue;
                }

                foreach (var other in bucket)
                {
                    if (other.Value == letter.Value
                        && Math.Abs(other.StartBaseLine.X - x) < Tolerance
                        && Math.Abs(other.StartBaseLine.Y - y) < Tolerance)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
