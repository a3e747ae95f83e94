using System.Globalization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Checking;

/// <summary>
/// One printed amount and where a reviewer finds it: the table (null for the narrative), a
/// description of the line and column, and the measure it is printed in. A blank cell is a
/// figure with a null value, which sums as zero.
/// </summary>
public sealed record Figure(decimal? Value, string? Measure, int? Table, string Line)
{
    /// <summary>How the figure is named when listed among the parts of a sum; the line by default.</summary>
    public string Label
    {
        get => field ?? Line;
        init;
    }

    /// <summary>
    /// How far the printed amount may be from the exact one because it is printed with fewer decimals
    /// (the narrative's <c>12,814万元</c> is 12,813.86 rounded: 0.5), in its measure; null when printed to the cent.
    /// </summary>
    public decimal? Rounding { get; init; }

    /// <summary>The value, a blank cell counting as zero.</summary>
    public decimal Amount => Value ?? 0m;

    /// <summary>The value in yuan, when the measure is known.</summary>
    internal decimal? InYuan => Measures.YuanPerUnit(Measure) is { } perUnit ? Amount * perUnit : null;

    /// <summary>Where to look: <c>表5 line 201 一般公共服务支出, 合计</c>, or the line alone for the narrative.</summary>
    public string Where => Table is { } number ? $"表{number} {Line}" : Line;

    /// <summary>The amount with its measure, e.g. <c>363.45 万元</c>; a blank cell reads <c>blank</c>.</summary>
    public string Printed => Value is null ? "blank" : Format(Amount, Measure);

    /// <summary>A figure of the same place with another value (the sum of its parts, say).</summary>
    public Figure WithValue(decimal? value) => this with { Value = value };

    /// <summary>An amount with thousands separators and at least two decimals, and its measure.</summary>
    public static string Format(decimal amount, string? measure)
    {
        var text = amount.ToString("#,0.00##", CultureInfo.InvariantCulture);
        return measure is null ? text : $"{text} {measure}";
    }
}
