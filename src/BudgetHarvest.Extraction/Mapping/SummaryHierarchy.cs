namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Gives each printed label of a summary panel its parent: the nearest enclosing item by enumerator
/// level (一、 &gt; （一） &gt; 1、 &gt; (1)); a <c>其中：</c> row belongs to the row above; a row without
/// enumerator belongs to the nearest enumerated row above; total and balance lines (and everything
/// after the first total) have no parent, except a <c>其中：</c> row under them.
/// </summary>
internal sealed class SummaryHierarchy(IReadOnlyList<string> totalFragments, IReadOnlyList<string> balanceFragments)
{
    /// <summary>The (item, parent) of each printed label, in order.</summary>
    public List<(string Item, string? Parent)> Assign(IEnumerable<string> printedLabels)
    {
        var result = new List<(string Item, string? Parent)>();
        var open = new List<(int Level, string Item)>();
        var afterTotal = false;
        string? previous = null;
        string? subItemParent = null;

        foreach (var printed in printedLabels)
        {
            var item = LabelText.Normalize(printed);
            string? parent;
            if (LabelText.IsSubItem(printed))
            {
                // Consecutive 其中 rows share the row they detail.
                parent = subItemParent ??= previous;
                result.Add((item, parent));
                previous = item;
                continue;
            }

            subItemParent = null;
            var level = LabelText.EnumeratorLevel(printed);
            if (level != LabelText.NoEnumerator)
            {
                open.RemoveAll(o => o.Level >= level);
                parent = open.Count > 0 ? open[^1].Item : null;
                open.Add((level, item));
            }
            else if (afterTotal || ColumnSynonyms.Contains(item, totalFragments) || ColumnSynonyms.Contains(item, balanceFragments))
            {
                afterTotal |= ColumnSynonyms.Contains(item, totalFragments);
                open.Clear();
                parent = null;
            }
            else
            {
                parent = open.Count > 0 ? open[^1].Item : null;
            }

            result.Add((item, parent));
            previous = item;
        }

        return result;
    }
}
