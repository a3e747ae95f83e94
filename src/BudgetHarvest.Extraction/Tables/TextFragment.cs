using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>A run of letters on one baseline with no cell-sized gap inside: the smallest unit placed into a cell.</summary>
internal sealed partial class TextFragment(string text, double left, double right, double baseline, double fontSize)
{
    public string Text { get; } = text;
    public double Left { get; } = left;
    public double Right { get; } = right;
    public double Baseline { get; } = baseline;
    public double FontSize { get; } = fontSize;
    public double Bottom => Baseline - (0.12 * FontSize);
    public double Top => Baseline + (0.88 * FontSize);
    public double CenterX => (Left + Right) / 2;
    public double CenterY => Baseline + (0.38 * FontSize);

    /// <summary>An amount, code or ordinal: digits with optional sign, separators, decimals or percent. Numbers never wrap.</summary>
    public bool IsNumeric { get; } = NumberPattern().IsMatch(text);

    /// <summary>A stand-in printed where an amount would be in a table published unused (**, ***).</summary>
    public bool IsPlaceholder => Text.Length >= 2 && Text.All(c => c is '*' or '＊');

    [GeneratedRegex(@"^[-−]?\d[\d,，]*(\.\d+)?%?$")]
    private static partial Regex NumberPattern();

    public override string ToString() => $"{Text}@({Left:F0}-{Right:F0},{Baseline:F0})";
}
