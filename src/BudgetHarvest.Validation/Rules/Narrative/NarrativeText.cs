using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>Amounts as the narrative prints them (<c>363.45万元</c>, <c>9,207,453.00元</c>) and how a statement is named.</summary>
public static class NarrativeText
{
    /// <summary>A printed amount followed by its measure, in groups <paramref name="name"/> and <paramref name="name"/>Measure.</summary>
    public static string Amount(string name = "amount") =>
        $@"(?<{name}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<{name}Measure>万元|元)";

    /// <summary>What may stand between a keyword and its amount: 为, 共计, a colon.</summary>
    public const string Gap = @"\s*(?:为|是|共计|共|合计|约)?\s*[:：]?\s*";

    /// <summary>The figure a statement gives, named by section and quoted so a reviewer finds the sentence.</summary>
    public static Figure Stated(NarrativeSection section, Match match, string name = "amount") =>
        new(NumberText.Parse(match.Groups[name].Value), match.Groups[name + "Measure"].Value, null,
            $"narrative ({Where(section)}) “{PrintedLabels.Compact(match.Value)}”") { Rounding = RoundingOf(match.Groups[name].Value) };

    /// <summary>Half the last printed digit of an amount printed with fewer than two decimals (<c>12,814</c>: 0.5), else null.</summary>
    public static decimal? RoundingOf(string printed)
    {
        var point = printed.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : printed.Length - point - 1;
        return decimals >= CentDecimals ? null : HalfDigit / Pow10(decimals);
    }

    private const int CentDecimals = 2;
    private const decimal HalfDigit = 0.5m;

    private static decimal Pow10(int exponent) => exponent == 0 ? 1m : 10m * Pow10(exponent - 1);

    /// <summary>The section's heading, or its label when it has none.</summary>
    public static string Where(NarrativeSection section) =>
        string.IsNullOrWhiteSpace(section.Heading) ? section.Label.ToString() : PrintedLabels.Compact(section.Heading);
}
