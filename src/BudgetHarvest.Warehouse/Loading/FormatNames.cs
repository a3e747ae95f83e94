using System.Collections.Frozen;
using System.Text.Json;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>Enum values as the <c>budgetharvest/1</c> JSON spells them (<c>function_detail</c>, <c>unit_budget</c> …), so tables and JSON agree.</summary>
internal static class FormatNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    /// <exception cref="FormatException">The name is not one of the enum's.</exception>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Cache<TEnum>.Values.TryGetValue(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}.");

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
