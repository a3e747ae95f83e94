using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace BudgetHarvest.Extraction.Layout;

/// <summary>
/// A page seen the way a reader sees it: text running left to right. Producers that print a landscape table
/// on a portrait page (rotated with <c>/Rotate</c>, or drawn sideways) store the text running up or down the
/// page; every layout step assumes horizontal text, so such a page's letters and paths are turned upright
/// here, once, and the rest of the pipeline never knows.
/// </summary>
public sealed class PageFrame
{
    private readonly TransformationMatrix? _toUpright;

    private PageFrame(Page page, TransformationMatrix? toUpright, double width, double height, IReadOnlyList<Letter> letters)
    {
        Page = page;
        _toUpright = toUpright;
        Width = width;
        Height = height;
        Letters = letters;
    }

    /// <summary>The PdfPig page this frame shows.</summary>
    public Page Page { get; }

    /// <summary>1-based page number.</summary>
    public int Number => Page.Number;

    /// <summary>Width of the upright page.</summary>
    public double Width { get; }

    /// <summary>Height of the upright page.</summary>
    public double Height { get; }

    /// <summary>The page's letters in upright coordinates.</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>True when the page's text had to be turned upright.</summary>
    public bool IsTurned => _toUpright is not null;

    /// <summary>The page's paths in upright coordinates, with the drawing state of their path.</summary>
    public IEnumerable<(UglyToad.PdfPig.Graphics.PdfPath Path, PdfSubpath Subpath)> Subpaths()
    {
        foreach (var path in Page.Paths)
        {
            foreach (var subpath in path)
            {
                yield return (path, _toUpright is { } m ? m.Transform(subpath) : subpath);
            }
        }
    }

    /// <summary>Frames a page, turning it upright when most of its text does not run left to right.</summary>
    public static PageFrame Of(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var direction = DominantDirection(page.Letters);
        var (w, h) = (page.Width, page.Height);
        TransformationMatrix? turn = direction switch
        {
            // Text running up the page: the page was turned a quarter anticlockwise.
            TextDirection.Up => TransformationMatrix.FromValues(0, -1, 1, 0, 0, w),
            TextDirection.Down => TransformationMatrix.FromValues(0, 1, -1, 0, h, 0),
            TextDirection.Upside => TransformationMatrix.FromValues(-1, 0, 0, -1, w, h),
            _ => null,
        };

        if (turn is not { } m)
        {
            return new PageFrame(page, null, w, h, page.Letters);
        }

        var (width, height) = direction == TextDirection.Upside ? (w, h) : (h, w);
        return new PageFrame(page, m, width, height, [.. page.Letters.Select(l => Turn(l, m))]);
    }

    private enum TextDirection
    {
        Right,
        Up,
        Down,
        Upside,
    }

    // Decided by the letters with a printed shape; a few sideways stamps or captions do not turn a page.
    private static TextDirection DominantDirection(IReadOnlyList<Letter> letters)
    {
        int right = 0, up = 0, down = 0, upside = 0;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (Math.Abs(dx) >= Math.Abs(dy))
            {
                _ = dx >= 0 ? right++ : upside++;
            }
            else
            {
                _ = dy > 0 ? up++ : down++;
            }
        }

        var turned = Math.Max(up, Math.Max(down, upside));
        if (turned <= right)
        {
            return TextDirection.Right;
        }

        return turned == up ? TextDirection.Up : turned == down ? TextDirection.Down : TextDirection.Upside;
    }

    private static Letter Turn(Letter letter, TransformationMatrix m) =>
        new(
            letter.Value,
            Box(letter.BoundingBox, m),
            Box(letter.GlyphRectangleLoose, m),
            m.Transform(letter.StartBaseLine),
            m.Transform(letter.EndBaseLine),
            letter.Width,
            letter.FontSize,
            letter.FontDetails,
            letter.RenderingMode,
            letter.StrokeColor,
            letter.FillColor,
            letter.PointSize,
            letter.TextSequence);

    // The turned glyph box is axis-aligned again: its corners' extremes.
    private static PdfRectangle Box(PdfRectangle rectangle, TransformationMatrix m)
    {
        var corners = new[] { rectangle.BottomLeft, rectangle.BottomRight, rectangle.TopLeft, rectangle.TopRight }.Select(m.Transform).ToList();
        return new PdfRectangle(corners.Min(p => p.X), corners.Min(p => p.Y), corners.Max(p => p.X), corners.Max(p => p.Y));
    }
}
