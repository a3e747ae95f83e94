using System.Text.RegularExpressions;

namespace BudgetHarvest.Warehouse;

/// <summary>Checks the documents' identity: a lower-case hex SHA-256.</summary>
internal static partial class Sha256Text
{
    // Checked before any SQL so the caller gets a clear message, not a constraint violation.
    public static string Check(string? sha256, string parameterName) =>
        sha256 is not null && Pattern().IsMatch(sha256)
            ? sha256
            : throw new ArgumentException($"'{sha256}' is not a lower-case hex SHA-256.", parameterName);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Pattern();
}
