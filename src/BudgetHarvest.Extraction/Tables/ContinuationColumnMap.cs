namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Puts a continuation page's columns onto the first page's when the two grids differ in width (a column
/// empty on one page is not printed in its grid; a two-panel 收支总表 continues with its right panel only).
/// Each page was read with its own column borders; the columns correspond by slot order when both pages'
/// borders make the same number of slots (the continuation may be drawn narrower or shifted), else by
/// horizontal overlap. Either way the order must be kept, one first-page column per continuation column.
/// </summary>
internal static class ContinuationColumnMap
{
    /// <summary>For each column of <paramref name="page"/>, the column of <paramref name="first"/> it continues; null when neither slots nor positions say so.</summary>
    public static int[]? Map(PageColumns first, PageColumns page)
    {
        if (first.Kept.Count == 0 || page.Kept.Count == 0)
        {
            return null;
        }

        return BySlot(first, page) ?? ByPosition(first, page);
    }

    private static int[]? BySlot(PageColumns first, PageColumns page)
    {
        if (first.SlotCount != page.SlotCount)
        {
            return null;
        }

        var map = page.Kept.Select(slot => IndexOf(first.Kept, slot)).ToArray();
        return Ordered(map) ? map : null;
    }

    private static int[]? ByPosition(PageColumns first, PageColumns page)
    {
        var map = new int[page.Kept.Count];
        for (var c = 0; c < map.Length; c++)
        {
            var (left, right) = (page.Left(c), page.Right(c));
            var best = -1;
            var bestOverlap = 0.0;
            for (var target = 0; target < first.Kept.Count; target++)
            {
                var overlap = first.Overlap(target, left, right);
                if (overlap > bestOverlap)
                {
                    (best, bestOverlap) = (target, overlap);
                }
            }

            map[c] = best;
        }

        return Ordered(map) ? map : null;
    }

    // Every column found a partner and no two share one or swap places.
    private static bool Ordered(int[] map)
    {
        for (var c = 0; c < map.Length; c++)
        {
            if (map[c] < 0 || (c > 0 && map[c] <= map[c - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
