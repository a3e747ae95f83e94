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

    /// <summary>The keys a column of a <paramref name="kind"/> table can be mapped to: its schema's keys (budgetharvest/1), the text keys first.</summary>
    public static IReadOnlyList<string> RowKeys(TableKind kind) => [.. TableSchemas.Keys(kind)];

    /// <summary>An enum value as the format spells it (<c>final_accounts</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Name)];
}
