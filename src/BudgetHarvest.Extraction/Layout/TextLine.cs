namespace BudgetHarvest.Extraction.Layout;

/// <summary>Words that share a baseline band, left to right.</summary>
public sealed class TextLine
{
    public TextLine(IReadOnlyList<TextWord> words)
    {
        Words = words;
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Bottom = words.Min(w => w.Bottom);
        Top = words.Max(w => w.Top);
        Text = string.Join(' ', words.Select(w => w.Text));
        Compact = TextShape.Compact(Text);
    }

    public IReadOnlyList<TextWord> Words { get; }

    /// <summary>Words joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>The text without any whitespace: what titles and labels are compared by.</summary>
    public string Compact { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    /// <summary>The tallest word's height: a stand-in for the font size.</summary>
    public double Height => Words.Max(w => w.Height);

    public double CenterX => (Left + Right) / 2;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
