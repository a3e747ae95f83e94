using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetHarvest.Testing;

/// <summary>
/// Structural comparison of two JSON trees: numbers by decimal value (so 12.0 equals 12.00),
/// objects by key set regardless of order, arrays in order.
/// </summary>
public static class JsonTree
{
    /// <summary>Describes the first difference as "path: reason", or null when the trees are equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        return (expected, actual) switch
        {
            (JsonObject e, JsonObject a) => CompareObjects(e, a, path),
            (JsonArray e, JsonArray a) => CompareArrays(e, a, path),
            (JsonValue e, JsonValue a) => CompareValues(e, a, path),
            _ => $"{path}: expected {Show(expected)}, got {Show(actual)}",
        };
    }

    private static string? CompareObjects(JsonObject expected, JsonObject actual, string path)
    {
        var missing = expected.Select(p => p.Key).Except(actual.Select(p => p.Key), StringComparer.Ordinal).ToList();
        var extra = actual.Select(p => p.Key).Except(expected.Select(p => p.Key), StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"{path}: missing keys [{string.Join(", ", missing)}], extra keys [{string.Join(", ", extra)}]";
        }

        foreach (var (key, value) in expected)
        {
            if (FirstDifference(value, actual[key], $"{path}.{key}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareArrays(JsonArray expected, JsonArray actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} items, got {actual.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (FirstDifference(expected[i], actual[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareValues(JsonValue expected, JsonValue actual, string path)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        var equal = kind switch
        {
            JsonValueKind.Number => Number(expected) == Number(actual),
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            _ => true, // true, false: the kind is the value.
        };
        return equal ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
    }

    private static decimal Number(JsonValue value) =>
        decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
