using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Mapping.Headers;
using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Arithmetic as the referee of the grid stage. Columns read from text alignment alone (no drawn rules)
/// are a guess: a column split at an ambiguous gap gives well-formed rows with the wrong figures. Budget
/// tables are over-determined (total = basic + project, basic = personnel + public, 合计 = Σ sources …), so
/// the referee maps the grid as read and its candidate readings (two adjacent columns that never both hold
/// a body cell joined into one), keeps the reading under which the most identities hold, and flags the
/// table when none holds (<see cref="IssueCodes.SumMismatch"/>). Ruled grids are mapped as read.
/// </summary>
internal sealed class GridReferee(TableRowMapper rowMapper, ColumnSynonyms? synonyms = null, GridRefereeOptions? options = null)
{
    private readonly ColumnSynonyms synonyms = synonyms ?? ColumnSynonyms.Default;
    private readonly GridRefereeOptions options = options ?? new GridRefereeOptions();

    /// <summary>Gives <paramref name="table"/> the grid reading the identities prefer, its rows and meta; returns the issues.</summary>
    public List<ExtractionIssue> Apply(BudgetTable table, ReconstructedGrid grid)
    {
        var issues = Referee(table, grid);
        if (grid.ReadByAlignment && AlignmentReadCheck.Check(table, issues, synonyms) is { } misread)
        {
            issues.Add(misread);
        }

        return issues;
    }

    private List<ExtractionIssue> Referee(BudgetTable table, ReconstructedGrid grid)
    {
        table.Grid = grid.Rows;
        var identities = synonyms.Identities(table.Kind);
        if (!grid.ReadByAlignment || identities.Count == 0)
        {
            return rowMapper.Apply(table);
        }

        var best = (Grid: grid.Rows, Result: rowMapper.Map(table), Held: 0, Read: 0);
        (best.Held, var evaluable) = Held(best.Result.Rows, identities);
        best.Read = AmountsRead(best.Result.Rows);
        foreach (var candidate in ColumnJoins(grid.Rows, grid.HeaderRowCount).Take(options.MaxCandidates))
        {
            table.Grid = candidate;
            var result = rowMapper.Map(table);
            var (held, printed) = Held(result.Rows, identities);
            evaluable |= printed;

            // Among readings the identities cannot tell apart (a column of zeros adds nothing to a sum), the one
            // reading more figures into fields is the one that put a heading back over its figures.
            var read = AmountsRead(result.Rows);
            if (held > best.Held || (held == best.Held && read > best.Read))
            {
                best = (candidate, result, held, read);
            }
        }

        table.Grid = best.Grid;
        table.Rows = best.Result.Rows;
        table.Meta = best.Result.Meta;
        var issues = best.Result.Issues;
        // A table printing no whole with its parts (a 基本支出 table: 合计, 人员经费, 公用经费) gives the
        // identities nothing to say; only one some reading lets them check, or one left without rows, is flagged.
        if (best.Held == 0 && (evaluable || best.Result.Rows.Count == 0) && HasAmount(best.Grid))
        {
            issues.Add(ExtractionIssue.Create(IssueCodes.SumMismatch, IssueSeverity.Warning,
                $"表{table.Number} {table.Title}: columns read from text alignment alone (no rules printed), and no identity "
                + "(合计 = Σ parts) holds on any row under any reading of them; the columns may be misread.", table.Number));
        }

        return issues;
    }

    /// <summary>
    /// How many (row, identity) pairs hold, each row following the widest identity of each whole it prints;
    /// and whether any row printed one with a non-zero whole (so the identities could check it at all).
    /// </summary>
    private (int Held, bool Evaluable) Held(List<TableRow> rows, IReadOnlyList<string[]> identities)
    {
        var held = 0;
        var evaluable = false;
        foreach (var row in rows)
        {
            foreach (var identity in IdentityArithmetic.Followed(identities, row.Has))
            {
                var whole = row.Amount(identity[0]) ?? 0m;
                var parts = identity.Skip(1).Sum(f => row.Amount(f) ?? 0m);
                evaluable |= whole != 0;
                if (whole != 0 && IdentityArithmetic.Balances(whole, parts, identity.Length, options.Mapping))
                {
                    held++;
                }
            }
        }

        return (held, evaluable);
    }

    /// <summary>
    /// Readings joining two adjacent columns that never both hold a body cell: an alignment gap inside one
    /// column (a wide label, right-aligned amounts of different widths) splits it in two; or a heading whose
    /// column stayed empty beside a column of figures under no heading (right-aligned amounts set off from
    /// their centred heading).
    /// </summary>
    private static IEnumerable<List<List<string>>> ColumnJoins(List<List<string>> grid, int headerRows)
    {
        var width = grid.Count == 0 ? 0 : grid[0].Count;
        var header = grid.Take(headerRows).ToList();
        var body = grid.Skip(headerRows).ToList();
        bool Filled(List<List<string>> rows, int j) => rows.Exists(r => r[j].Length > 0);
        for (var j = 0; j + 1 < width; j++)
        {
            var column = j;
            if (body.Exists(r => r[column].Length > 0 && r[column + 1].Length > 0))
            {
                continue;
            }

            var split = Filled(body, column) && Filled(body, column + 1);
            var headingApart = (Filled(header, column) && !Filled(body, column) && !Filled(header, column + 1) && Filled(body, column + 1))
                || (!Filled(header, column) && Filled(body, column) && Filled(header, column + 1) && !Filled(body, column + 1));
            if (split || headingApart)
            {
                yield return [.. grid.Select(r => Joined(r, column))];
            }
        }
    }

    private static List<string> Joined(List<string> row, int column)
    {
        var joined = row.ToList();
        joined[column] = row[column] + row[column + 1];
        joined.RemoveAt(column + 1);
        return joined;
    }

    /// <summary>How many amounts the rows hold in fields (not in <c>extra</c>).</summary>
    private static int AmountsRead(List<TableRow> rows) => rows.Sum(r => r.Count(f => f.Value is decimal));

    private static bool HasAmount(List<List<string>> grid) =>
        grid.Exists(r => r.Exists(c => c.Any(ch => ch is >= '1' and <= '9')));
}
