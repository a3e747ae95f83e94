using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// A stated change rate agrees with the amounts beside it: in <c>0.2万元，较上年减少0.6万元（33.33%）</c>
/// last year was 0.2 + 0.6 = 0.8, so the fall is 75%, not 33.33%. Every printed number may be off by
/// half its last digit; only a rate outside what that rounding allows is reported (severity info:
/// the amounts themselves may be right).
/// </summary>
public sealed class NarrativeChangeRatesRule : IValidationRule
{
    private static readonly Regex ChangeRate = new(
        NarrativeText.Amount("current") + @"\s*[，,、；;]?\s*(?:较|比)上年(?<direction>增加|增长|上升|减少|下降|降低)\s*" +
        NarrativeText.Amount("change") + @"\s*[（(]\s*(?<rate>\d+(?:\.\d+)?)\s*[%％]\s*[)）]",
        RegexOptions.CultureInvariant);

    public string Name => "NarrativeChangeRates";

    public void Check(ValidationContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            foreach (Match match in ChangeRate.Matches(section.Text))
            {
                Check(context, section, match);
            }
        }
    }

    private static void Check(ValidationContext context, NarrativeSection section, Match match)
    {
        var current = Bounds(match, "current");
        var change = Bounds(match, "change");
        var rate = Bounds(match.Groups["rate"].Value);
        var rising = match.Groups["direction"].Value is "增加" or "增长" or "上升";
        var lastYear = rising ? (Low: current.Low - change.High, High: current.High - change.Low) : (Low: current.Low + change.Low, High: current.High + change.High);
        if (lastYear.Low <= 0)
        {
            return;
        }

        var tolerance = context.Options.RateTolerance;
        var lowest = Math.Max(0m, change.Low) / lastYear.High * 100m;
        var highest = change.High / lastYear.Low * 100m;
        if (context.Record(IdentityScope.Narrative, rate.High + tolerance >= lowest && rate.Low - tolerance <= highest))
        {
            return;
        }

        var measure = match.Groups["currentMeasure"].Value;
        var (currentValue, changeValue) = (current.Value, change.Value);
        var previous = rising ? currentValue - changeValue : currentValue + changeValue;
        context.Report(IssueCodes.NarrativeMismatch, null,
            $"narrative ({NarrativeText.Where(section)}) “{PrintedLabels.Compact(match.Value)}”: a {(rising ? "rise" : "fall")} of {Figure.Format(changeValue, measure)} " +
            $"to {Figure.Format(currentValue, measure)} is {changeValue / previous * 100m:0.00}% of last year's {Figure.Format(previous, measure)}, " +
            $"not {match.Groups["rate"].Value}%.",
            IssueSeverity.Info);
    }

    // An amount as printed, in the current amount's measure, with the interval its rounding allows.
    private static (decimal Value, decimal Low, decimal High) Bounds(Match match, string name)
    {
        var text = match.Groups[name].Value;
        var scale = (Measures.YuanPerUnit(match.Groups[name + "Measure"].Value) ?? 1m) / (Measures.YuanPerUnit(match.Groups["currentMeasure"].Value) ?? 1m);
        var (value, low, high) = Bounds(text);
        return (value * scale, low * scale, high * scale);
    }

    private static (decimal Value, decimal Low, decimal High) Bounds(string text)
    {
        var value = NumberText.Parse(text) ?? 0m;
        var half = 0.5m / Pow10(NumberText.Decimals(text));
        return (value, value - half, value + half);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
