namespace BudgetHarvest.Extraction.Layout;

/// <summary>The text of one page as lines, top to bottom.</summary>
public sealed class PageText
{
    public PageText(int number, double width, double height, IReadOnlyList<TextLine> lines, int letterCount, int unreadableLetters)
    {
        Number = number;
        Width = width;
        Height = height;
        Lines = lines;
        LetterCount = letterCount;
        UnreadableLetters = unreadableLetters;
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>Glyphs drawn on the page, readable or not.</summary>
    public int LetterCount { get; }

    /// <summary>Glyphs whose text could not be decoded (no ToUnicode, private use, replacement character).</summary>
    public int UnreadableLetters { get; }

    public bool IsLandscape => Width > Height;

    /// <summary>Lines in the band between two heights (inclusive of lines whose centre lies inside).</summary>
    public IEnumerable<TextLine> LinesBetween(double top, double bottom) =>
        Lines.Where(l => (l.Top + l.Bottom) / 2 <= top && (l.Top + l.Bottom) / 2 >= bottom);
}
