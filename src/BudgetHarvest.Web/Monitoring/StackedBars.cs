using System.Globalization;
using System.Net;
using System.Text;

namespace BudgetHarvest.Web.Monitoring;

/// <summary>One bar of a <see cref="StackedBars"/> chart: a label and a value per series.</summary>
/// <param name="Label">Written left of the bar.</param>
/// <param name="Values">The bar's segments, in the chart's series order (missing series count 0).</param>
public sealed record Bar(string Label, IReadOnlyDictionary<string, int> Values)
{
    /// <summary>The bar's length.</summary>
    public int Total => Values.Values.Sum();
}

/// <summary>
/// A horizontal stacked bar chart drawn as inline SVG on the server (no script, no CDN): one bar per
/// label, one colored segment per series, the total written after the bar.
/// </summary>
/// <param name="Series">The series, in drawing order, with their colors (CSS color values).</param>
public sealed class StackedBars(IReadOnlyList<(string Name, string Color)> Series)
{
    private const int LabelWidth = 220;
    private const int BarArea = 520;
    private const int TotalWidth = 60;
    private const int RowHeight = 22;
    private const int BarHeight = 16;
    private const int LegendHeight = 26;

    /// <summary>The chart's SVG markup; every text is HTML-encoded.</summary>
    public string Render(string title, IReadOnlyList<Bar> bars)
    {
        var width = LabelWidth + BarArea + TotalWidth;
        var height = LegendHeight + Math.Max(1, bars.Count) * RowHeight;
        var most = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Total));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" role="img" aria-label="{Encode(title)}" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        var x = LabelWidth;
        foreach (var (name, color) in Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="4" width="12" height="12" fill="{color}"/><text x="{x + 16}" y="14" class="legend">{Encode(name)}</text>""");
            x += 24 + (name.Length * 8);
        }

        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth}" y="{LegendHeight + 14}" class="empty">nothing recorded yet</text>""");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = LegendHeight + (i * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="bar" data-label="{Encode(bar.Label)}" data-total="{bar.Total}">""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth - 6}" y="{y + 13}" text-anchor="end">{Encode(bar.Label)}</text>""");
            var left = (double)LabelWidth;
            foreach (var (name, color) in Series)
            {
                var value = bar.Values.GetValueOrDefault(name);
                if (value <= 0)
                {
                    continue;
                }

                var length = BarArea * (double)value / most;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{left:0.##}" y="{y + 2}" width="{length:0.##}" height="{BarHeight}" fill="{color}"><title>{Encode(bar.Label)}: {Encode(name)} {value}</title></rect>""");
                left += length;
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + 4:0.##}" y="{y + 13}">{bar.Total}</text></g>""");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
