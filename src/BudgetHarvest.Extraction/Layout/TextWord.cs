namespace BudgetHarvest.Extraction.Layout;

/// <summary>A word on a page with its box in PDF user space (y grows upwards).</summary>
public sealed record TextWord(string Text, double Left, double Right, double Bottom, double Top)
{
    public double Height => Top - Bottom;

    public double CenterY => (Top + Bottom) / 2;
}
