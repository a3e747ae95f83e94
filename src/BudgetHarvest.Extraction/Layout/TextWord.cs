namespace BudgetHarvest.Extraction.Layout;

/// <summary>A word on a page with its box in PDF user space (y grows upwards).</summary>
public sealed record TextWord(string Text, double Left, double Right, double Bottom, double Top)
{
    /// <summary>The word is set in a bold face: headings are told from body text by it.</summary>
    public bool Bold { get; init; }

    /// <summary>The point size of the word's glyphs (0 when unknown).</summary>
    public double FontSize { get; init; }

    public double Height => Top - Bottom;

    public double CenterY => (Top + Bottom) / 2;
}
