using System.Reflection;
using System.Text.Json;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Web.Review;

/// <summary>What the correction forms offer, named as the format and the warehouse name them.</summary>
public static class CorrectionChoices
{
    /// <summary>Every table kind.</summary>
    public static IReadOnlyList<string> Kinds { get; } = Names<TableKind>();

    public static IReadOnlyList<string> ExclusionReasons { get; } = Names<ExclusionReason>();

    public static IReadOnlyList<string> Verdicts { get; } = Names<ReviewVerdict>();

    /// <summary>Every row key of the format (<see cref="RowFields"/>), <c>extra</c> aside: what a column can be mapped to.</summary>
    public static IReadOnlyList<string> RowKeys { get; } =
    [
        .. typeof(RowFields).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(k => k != RowFields.Extra)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>An enum value as the format spells it (<c>final_accounts</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Name)];
}
