namespace BudgetHarvest.Extraction.Tables;

/// <summary>Fragments sharing one baseline, left to right.</summary>
internal sealed class TextLine(List<TextFragment> fragments)
{
    public List<TextFragment> Fragments { get; } = fragments;
    public double Baseline => Fragments[0].Baseline;
    public double Top => Fragments.Max(f => f.Top);
    public double Bottom => Fragments.Min(f => f.Bottom);
    public double FontSize => Fragments.Max(f => f.FontSize);
    public bool HasNumber => Fragments.Exists(f => f.IsNumeric);
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
