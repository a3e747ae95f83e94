using System.Globalization;

namespace BudgetHarvest.Validation.Checking;

/// <summary>Reads an amount printed in a grid cell or in the narrative (thousands separators allowed).</summary>
public static class NumberText
{
    /// <summary>The amount, or null when the text is not a plain number.</summary>
    public static decimal? Parse(string? text)
    {
        var compact = (text ?? "").Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        return compact.Length > 0 && decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>How many decimals a printed number shows (<c>12.50</c> → 2, <c>58</c> → 0).</summary>
    public static int Decimals(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }
}
