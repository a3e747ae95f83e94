namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// Arithmetic as the referee of the header: budget tables are over-determined (total = basic +
/// project, basic = personnel + public, vehicle_total = purchase + operation …), so an amount column
/// whose heading names no field takes the one field an identity lacks when, on every data line, the
/// identity holds with that column and with no other candidate.
/// </summary>
internal static class ColumnRoleReferee
{
    /// <summary>The columns with the roles the identities settle; the others unchanged.</summary>
    public static List<HeaderColumn> Infer(
        IReadOnlyList<HeaderColumn> columns,
        IReadOnlyList<IReadOnlyList<string>> lines,
        IReadOnlyList<string[]> identities,
        MappingOptions options)
    {
        var result = columns.ToList();
        var candidates = result.Where(c => c.Field is null && AmountColumns.IsAmount(lines, c.Index)).Select(c => c.Index).ToList();
        var settled = true;
        while (settled && candidates.Count > 0)
        {
            settled = false;
            foreach (var identity in identities)
            {
                var printed = identity.Select(f => result.Find(c => c.Field == f && c.Facet is null)?.Index).ToList();
                var missing = printed.FindIndex(i => i is null);
                if (printed.Count(i => i is null) != 1)
                {
                    continue;
                }

                var holding = candidates.Where(c => Holds(lines, printed.Select(i => i ?? c).ToList(), c, options)).ToList();
                if (holding.Count == 1)
                {
                    var index = result.FindIndex(c => c.Index == holding[0]);
                    result[index] = result[index] with { Field = identity[missing] };
                    candidates.Remove(holding[0]);
                    settled = true;
                }
            }
        }

        return result;
    }

    /// <summary>True when whole = Σ parts on every line, and the candidate column is non-zero on some line.</summary>
    private static bool Holds(IReadOnlyList<IReadOnlyList<string>> lines, List<int> members, int candidate, MappingOptions options)
    {
        var informative = false;
        foreach (var line in lines)
        {
            var values = new decimal[members.Count];
            for (var m = 0; m < members.Count; m++)
            {
                if (!AmountParser.TryParse(CellReader.Cell(line, members[m]), out var value))
                {
                    return false;
                }

                values[m] = value ?? 0m;
            }

            var parts = values.Skip(1).Sum();
            if (Math.Abs(values[0] - parts) > options.SumTolerance * members.Count)
            {
                return false;
            }

            informative |= AmountParser.TryParse(CellReader.Cell(line, candidate), out var own) && own is not null and not 0m;
        }

        return informative;
    }
}
