using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>A vertical stretch of a page enclosed by table rules: where a table is drawn, titled or not.</summary>
/// <param name="Top">Upper edge (PDF y).</param>
/// <param name="Bottom">Lower edge (PDF y).</param>
public readonly record struct RuledRegion(double Top, double Bottom);

/// <summary>
/// Finds the ruled tables drawn on a page without reading them: connected groups of rules that form a grid
/// (two or more vertical and horizontal rules that touch), or a three-line table (three or more horizontal
/// rules of one width, no verticals). Used for tables that no 目录 and no 表N title announce.
/// </summary>
public sealed class RuledRegionFinder
{
    private const double Touch = 2.0;
    private readonly RulingExtractor rulings;

    /// <summary>Creates a finder with the default rule tolerances.</summary>
    public RuledRegionFinder()
        : this(new RulingOptions())
    {
    }

    /// <summary>Creates a finder with the given rule tolerances.</summary>
    public RuledRegionFinder(RulingOptions options) => rulings = new RulingExtractor(options);

    /// <summary>The ruled regions of a page, top first.</summary>
    public IReadOnlyList<RuledRegion> Find(PageFrame page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rules = rulings.Extract(page, 0, page.Height);
        var regions = Grids(rules.Horizontal, rules.Vertical).Concat(ThreeLineTables(rules.Horizontal, rules.Vertical, page.Width)).ToList();
        return [.. Merge(regions).OrderByDescending(r => r.Top)];
    }

    private static IEnumerable<RuledRegion> Grids(List<Ruling> horizontal, List<Ruling> vertical)
    {
        var all = horizontal.Concat(vertical).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < horizontal.Count; i++)
        {
            for (var j = 0; j < vertical.Count; j++)
            {
                if (Touches(horizontal[i], vertical[j]))
                {
                    parent[Find(i)] = Find(horizontal.Count + j);
                }
            }
        }

        foreach (var component in Enumerable.Range(0, all.Count).GroupBy(Find))
        {
            var members = component.Select(i => all[i]).ToList();
            if (members.Count(r => r.Horizontal) >= 2 && members.Count(r => !r.Horizontal) >= 2)
            {
                var top = members.Max(r => r.Horizontal ? r.Position : r.End);
                var bottom = members.Min(r => r.Horizontal ? r.Position : r.Start);
                if (top - bottom >= 10)
                {
                    yield return new RuledRegion(top, bottom);
                }
            }
        }
    }

    // Horizontal rules of one extent, at least a third of the page wide, with no vertical rule among them.
    private static IEnumerable<RuledRegion> ThreeLineTables(List<Ruling> horizontal, List<Ruling> vertical, double pageWidth)
    {
        foreach (var group in horizontal.Where(r => r.Length >= pageWidth / 3).GroupBy(r => (Math.Round(r.Start / 4), Math.Round(r.End / 4))))
        {
            var lines = group.OrderByDescending(r => r.Position).ToList();
            if (lines.Count >= 3 && !vertical.Exists(v => v.Start < lines[0].Position && v.End > lines[^1].Position && v.Position > lines[0].Start - Touch && v.Position < lines[0].End + Touch))
            {
                yield return new RuledRegion(lines[0].Position, lines[^1].Position);
            }
        }
    }

    private static bool Touches(Ruling h, Ruling v) =>
        v.Position >= h.Start - Touch && v.Position <= h.End + Touch && h.Position >= v.Start - Touch && h.Position <= v.End + Touch;

    private static List<RuledRegion> Merge(List<RuledRegion> regions)
    {
        var merged = new List<RuledRegion>();
        foreach (var region in regions.OrderByDescending(r => r.Top))
        {
            if (merged.Count > 0 && region.Top >= merged[^1].Bottom - Touch)
            {
                merged[^1] = new RuledRegion(merged[^1].Top, Math.Min(merged[^1].Bottom, region.Bottom));
            }
            else
            {
                merged.Add(region);
            }
        }

        return merged;
    }
}
