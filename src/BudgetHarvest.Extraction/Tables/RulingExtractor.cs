using BudgetHarvest.Extraction.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Collects the horizontal and vertical rules of a page from its paths. Stroked line segments (LibreOffice,
/// Word, WPS) and thin filled rectangles (Chromium, wkhtmltopdf) both become rules; larger filled rectangles
/// are cell shading and are ignored.
/// </summary>
internal sealed class RulingExtractor(RulingOptions options)
{
    private const double AxisTolerance = 0.5;

    /// <summary>Rules of <paramref name="page"/> whose position lies within [bottom, top] (vertical ones overlapping it).</summary>
    public PageRulings Extract(PageFrame page, double bottom, double top)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var (path, subpath) in page.Subpaths())
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked) || IsWhite(path))
            {
                continue;
            }

            if (path.IsFilled)
            {
                AddFilled(subpath, horizontal, vertical);
            }

            if (path.IsStroked)
            {
                AddStroked(subpath, horizontal, vertical);
            }
        }

        horizontal.RemoveAll(r => r.Position < bottom - 1 || r.Position > top + 1);
        vertical.RemoveAll(r => r.End < bottom || r.Start > top);
        var pieces = horizontal.ToList();
        return new PageRulings(Merge(horizontal), Merge(vertical), pieces);
    }

    private static bool IsWhite(PdfPath path)
    {
        var color = path.IsFilled && !path.IsStroked ? path.FillColor : path.StrokeColor;
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }

    private void AddFilled(PdfSubpath subpath, List<Ruling> horizontal, List<Ruling> vertical)
    {
        var box = subpath.GetBoundingRectangle();
        if (box is not { } b)
        {
            return;
        }

        if (b.Height <= options.MaxRuleThickness && b.Width >= options.MinLength)
        {
            horizontal.Add(new Ruling(true, (b.Bottom + b.Top) / 2, b.Left, b.Right));
        }
        else if (b.Width <= options.MaxRuleThickness && b.Height >= options.MinLength)
        {
            vertical.Add(new Ruling(false, (b.Left + b.Right) / 2, b.Bottom, b.Top));
        }
    }

    private void AddStroked(PdfSubpath subpath, List<Ruling> horizontal, List<Ruling> vertical)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, horizontal, vertical);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, horizontal, vertical);
                    current = s;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private void AddSegment(PdfPoint a, PdfPoint b, List<Ruling> horizontal, List<Ruling> vertical)
    {
        if (Math.Abs(a.Y - b.Y) <= AxisTolerance && Math.Abs(a.X - b.X) >= options.MinLength)
        {
            horizontal.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) <= AxisTolerance && Math.Abs(a.Y - b.Y) >= options.MinLength)
        {
            vertical.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    // Sort by position then start so that collinear pieces are neighbours; one pass joins them.
    private List<Ruling> Merge(List<Ruling> rules)
    {
        rules.Sort((x, y) => x.Position.CompareTo(y.Position));
        var lines = new List<List<Ruling>>();
        foreach (var rule in rules)
        {
            if (lines.Count > 0 && rule.Position - lines[^1][0].Position <= options.SnapTolerance)
            {
                lines[^1].Add(rule);
            }
            else
            {
                lines.Add([rule]);
            }
        }

        var merged = new List<Ruling>();
        foreach (var line in lines)
        {
            var position = line.Average(r => r.Position);
            line.Sort((x, y) => x.Start.CompareTo(y.Start));
            var current = line[0] with { Position = position };
            foreach (var next in line.Skip(1))
            {
                if (next.Start <= current.End + options.JoinGap)
                {
                    current = current with { End = Math.Max(current.End, next.End) };
                }
                else
                {
                    merged.Add(current);
                    current = next with { Position = position };
                }
            }

            merged.Add(current);
        }

        return merged;
    }
}
