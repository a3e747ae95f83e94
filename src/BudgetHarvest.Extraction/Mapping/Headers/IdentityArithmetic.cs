namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// The one test of a budget identity (whole = Σ parts) the extraction stages share: the header referee
/// reading columns and the grid referee reading a table's rows both ask it, so they agree on rounding.
/// </summary>
internal static class IdentityArithmetic
{
    /// <summary>True when <paramref name="whole"/> equals the sum of the parts within the rounding allowed per member.</summary>
    public static bool Balances(decimal whole, decimal parts, int members, MappingOptions options) =>
        Math.Abs(whole - parts) <= options.SumTolerance * members;

    /// <summary>
    /// Of the identities of one whole (三公 合计 with or without 会议费/培训费), the widest whose fields
    /// <paramref name="printed"/> all has (none when it lacks one): the one the table follows.
    /// </summary>
    public static IEnumerable<string[]> Followed(IReadOnlyList<string[]> identities, Func<string, bool> printed) =>
        identities.GroupBy(i => i[0])
            .Select(alternatives => alternatives.Where(i => i.All(printed)).MaxBy(i => i.Length))
            .OfType<string[]>();
}
