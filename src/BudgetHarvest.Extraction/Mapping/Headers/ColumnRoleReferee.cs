namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// Arithmetic as the referee of the header: budget tables are over-determined (total = basic +
/// project, basic = personnel + public, vehicle_total = purchase + operation …), so an amount column
/// whose heading names no field takes the one field an identity lacks when, on every data line, the
/// identity holds with that column and with no other candidate; a run of adjacent such columns takes the
/// fields an identity lacks, in its order, when it is the one run under which the identity holds.
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
                var missing = Enumerable.Range(0, printed.Count).Where(m => printed[m] is null).ToList();
                if (missing.Count == 0 || missing.Count > options.MaxInferredRun)
                {
                    continue;
                }

                var holding = Placements(candidates, missing.Count)
                    .Where(run => Holds(lines, Fill(printed, missing, run), run, options))
                    .ToList();
                if (holding.Count == 1)
                {
                    for (var m = 0; m < missing.Count; m++)
                    {
                        var index = result.FindIndex(c => c.Index == holding[0][m]);
                        result[index] = result[index] with { Field = identity[missing[m]] };
                        candidates.Remove(holding[0][m]);
                    }

                    settled = true;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Chooses, for each amount column whose header allows several readings (a heading read with or
    /// without the group above it, a merged heading naming two fields), the reading under which the
    /// most identities hold on the data lines; the header's own reading stays unless another does better.
    /// </summary>
    public static List<HeaderColumn> Choose(
        IReadOnlyList<HeaderColumn> columns,
        IReadOnlyList<IReadOnlyList<string>> lines,
        IReadOnlyList<string[]> identities,
        MappingOptions options) =>
        Improve(columns, lines, identities, options, ReadingMoves(columns, lines));

    /// <summary>
    /// Exchanges the fields of two amount columns when more identities hold after the exchange: a
    /// merged heading can leave two columns each with the other's field, which no single column fixes.
    /// </summary>
    public static List<HeaderColumn> Swap(
        IReadOnlyList<HeaderColumn> columns,
        IReadOnlyList<IReadOnlyList<string>> lines,
        IReadOnlyList<string[]> identities,
        MappingOptions options) =>
        Improve(columns, lines, identities, options, ExchangeMoves(columns, lines));

    /// <summary>
    /// The columns after every move (a change of the current best columns, or null when it changes nothing)
    /// under which more identities hold than before it, tried in order: the referee's one search.
    /// </summary>
    private static List<HeaderColumn> Improve(
        IReadOnlyList<HeaderColumn> columns,
        IReadOnlyList<IReadOnlyList<string>> lines,
        IReadOnlyList<string[]> identities,
        MappingOptions options,
        IEnumerable<Func<List<HeaderColumn>, List<HeaderColumn>?>> moves)
    {
        var result = columns.ToList();
        if (identities.Count == 0)
        {
            return result;
        }

        var best = Held(result, lines, identities, options);
        foreach (var move in moves)
        {
            if (move(result) is not { } trial)
            {
                continue;
            }

            var held = Held(trial, lines, identities, options);
            if (held > best)
            {
                (result, best) = (trial, held);
            }
        }

        return result;
    }

    /// <summary>Each other amount reading of each amount column whose header allows several.</summary>
    private static IEnumerable<Func<List<HeaderColumn>, List<HeaderColumn>?>> ReadingMoves(IReadOnlyList<HeaderColumn> columns, IReadOnlyList<IReadOnlyList<string>> lines)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Facet is not null || column.CodeLevel >= 0 || column.Readings.Count == 0 || !AmountColumns.IsAmount(lines, column.Index))
            {
                continue;
            }

            var index = i;
            foreach (var reading in column.Readings.Where(FieldTypes.IsAmount))
            {
                yield return current => current[index].Field == reading ? null : With(current, (index, reading));
            }
        }
    }

    /// <summary>
    /// Each exchange of the fields of two columns printing amounts. A column printing none (a 备注 read under
    /// the group heading beside it) cannot trade its field for a total's: the identities would hold on the
    /// figures moved onto the group's field and say nothing of the empty column.
    /// </summary>
    private static IEnumerable<Func<List<HeaderColumn>, List<HeaderColumn>?>> ExchangeMoves(IReadOnlyList<HeaderColumn> columns, IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var mapped = Enumerable.Range(0, columns.Count)
            .Where(i => columns[i].Field is { } f && FieldTypes.IsAmount(f) && columns[i].Facet is null && AmountColumns.IsAmount(lines, columns[i].Index))
            .ToList();
        foreach (var a in mapped)
        {
            foreach (var b in mapped.Where(b => b > a))
            {
                yield return current => current[a].Field == current[b].Field ? null : With(current, (a, current[b].Field!), (b, current[a].Field!));
            }
        }
    }

    /// <summary>A copy of the columns with the given columns' fields changed.</summary>
    private static List<HeaderColumn> With(List<HeaderColumn> columns, params (int Index, string Field)[] changes)
    {
        var trial = columns.ToList();
        foreach (var (index, field) in changes)
        {
            trial[index] = columns[index] with { Field = field };
        }

        return trial;
    }

    /// <summary>How many (identity, line) pairs hold, each member read from the first column of its field.</summary>
    private static int Held(List<HeaderColumn> columns, IReadOnlyList<IReadOnlyList<string>> lines, IReadOnlyList<string[]> identities, MappingOptions options)
    {
        var held = 0;

        // Identities of one whole are alternatives (三公 合计 with or without 会议费/培训费): the widest the
        // columns print is the one the table follows.
        foreach (var alternatives in identities.GroupBy(i => i[0]))
        {
            var members = alternatives
                .Select(identity => identity.Select(f => columns.Find(c => c.Field == f && c.Facet is null)?.Index).ToList())
                .Where(m => !m.Exists(i => i is null))
                .MaxBy(m => m.Count);
            if (members is null)
            {
                continue;
            }

            foreach (var line in lines)
            {
                if (Sum(line, members.Select(m => m!.Value).ToList()) is { } sum && sum.Whole != 0 && IdentityArithmetic.Balances(sum.Whole, sum.Parts, members.Count, options))
                {
                    held++;
                }
            }
        }

        return held;
    }

    /// <summary>The whole and the sum of the parts on one line, or null when a cell is not a number.</summary>
    private static (decimal Whole, decimal Parts)? Sum(IReadOnlyList<string> line, List<int> members)
    {
        var values = new decimal[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            if (!AmountParser.TryParse(CellReader.Cell(line, members[m]), out var value))
            {
                return null;
            }

            values[m] = value ?? 0m;
        }

        return (values[0], values.Skip(1).Sum());
    }

    /// <summary>
    /// Where the missing members of an identity can be printed: for one, any candidate column; for several (a
    /// group whose heading was lost: 小计 | 购置费 | 运行维护费 under no words), a run of adjacent candidate columns
    /// holding them in the identity's order, the order the templates print them in.
    /// </summary>
    private static IEnumerable<int[]> Placements(List<int> candidates, int count) =>
        count == 1
            ? candidates.Select(c => new[] { c })
            : candidates.Select(c => Enumerable.Range(c, count).ToArray()).Where(run => run.All(candidates.Contains));

    /// <summary>The identity's members with the missing ones read from the run's columns.</summary>
    private static List<int> Fill(List<int?> printed, List<int> missing, int[] run)
    {
        var members = printed.Select(i => i ?? -1).ToList();
        for (var m = 0; m < missing.Count; m++)
        {
            members[missing[m]] = run[m];
        }

        return members;
    }

    /// <summary>True when whole = Σ parts on every line, and some candidate column is non-zero on some line.</summary>
    private static bool Holds(IReadOnlyList<IReadOnlyList<string>> lines, List<int> members, int[] candidates, MappingOptions options)
    {
        var informative = false;
        foreach (var line in lines)
        {
            if (Sum(line, members) is not { } sum || !IdentityArithmetic.Balances(sum.Whole, sum.Parts, members.Count, options))
            {
                return false;
            }

            informative |= candidates.Any(c => AmountParser.TryParse(CellReader.Cell(line, c), out var own) && own is not null and not 0m);
        }

        return informative;
    }
}
