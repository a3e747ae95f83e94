namespace BudgetHarvest.Extraction.Locating;

/// <summary>Compares table titles the way a reader would: ignoring the year prefix, whitespace and bracket style.</summary>
public static class TableTitles
{
    /// <summary>The title reduced to what identifies the table.</summary>
    public static string Key(string title)
    {
        var text = Layout.TextShape.FoldWidth(Layout.TextShape.Compact(title));
        text = TablePatterns.YearPrefix().Replace(text, "");
        return text.Replace('“', '"').Replace('”', '"').Replace("—", "-", StringComparison.Ordinal);
    }

    /// <summary>Whether two printed titles name the same table.</summary>
    public static bool Same(string a, string b)
    {
        var (x, y) = (Key(a), Key(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y)
        {
            return true;
        }

        // One title may carry a qualifier the other lacks (（不含上年结转）, 总 in 收支总表).
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 6 && shorter.Length >= longer.Length * 0.75 && (longer.Contains(shorter, StringComparison.Ordinal) || CommonPrefix(x, y) >= shorter.Length - 2);
    }

    /// <summary>Whether a line reads like a table title rather than a sentence or a header cell.</summary>
    public static bool LooksLikeTitle(string compact)
    {
        if (compact.Length is < 4 or > 70 || compact.StartsWith('注') || TablePatterns.MeasureLine().IsMatch(compact) || compact.Contains("名称", StringComparison.Ordinal))
        {
            return false;
        }

        if (compact.AsSpan().IndexOfAny("，。；,;") >= 0)
        {
            return false;
        }

        var body = compact.TrimEnd(')', '）');
        var open = Math.Max(body.LastIndexOf('（'), body.LastIndexOf('('));
        if (open > 0 && body.Length < compact.Length)
        {
            body = body[..open];
        }

        return body.EndsWith('表') && TablePatterns.StandardTitleWord().IsMatch(compact);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
