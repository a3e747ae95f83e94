using System.Globalization;

namespace BudgetHarvest.Warehouse.Export;

/// <summary>Query values as text the same way in every output: invariant numbers, ISO 8601 UTC times.</summary>
public static class SqlValueText
{
    /// <summary>The value as text; null (or DBNull) is null.</summary>
    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString(),
    };

    /// <summary>Whether the value is a number (to right-align it, or to write it unquoted).</summary>
    public static bool IsNumber(object? value) => value is decimal or int or long or short or byte or double or float or System.Numerics.BigInteger;
}
