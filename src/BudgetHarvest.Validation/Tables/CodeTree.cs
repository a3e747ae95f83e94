using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// The hierarchy of a table's coded lines: each line's parent is the closest line above it in the
/// hierarchy, either by code prefix, nearest first (subject codes: 201 ⊃ 20103 ⊃ 2010350) or by position (unit
/// codes: a longer code after a shorter one belongs to it until a code as short comes). In a subject
/// table, a unit line (<see cref="UnitLines"/>) is a top line and the 类 lines of its block are its lines.
/// </summary>
public sealed class CodeTree
{
    private readonly Dictionary<TableRow, List<TableRow>> _children = [];
    private readonly List<TableRow> _top = [];

    private CodeTree(BudgetTable table, bool byPrefix)
    {
        var open = new List<TableRow>();
        foreach (var (row, unit) in UnitLines.WithUnits(table))
        {
            var code = DetailLines.Code(row)!;
            TableRow? parent;
            if (byPrefix)
            {
                // The closest line above whose code is a prefix: tables listing one block of subject lines per
                // unit repeat the same codes in every block, and a line belongs to the block it is printed in.
                // A line without one is a top line, or a line of the unit whose block it is in.
                parent = open.LastOrDefault(r => DetailLines.Code(r) is { } c && c.Length < code.Length && code.StartsWith(c, StringComparison.Ordinal))
                    ?? unit;
                open.Add(row);
            }
            else
            {
                open.RemoveAll(r => DetailLines.Code(r)!.Length >= code.Length);
                parent = open.Count > 0 ? open[^1] : null;
                open.Add(row);
            }

            if (parent is null)
            {
                _top.Add(row);
            }
            else
            {
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(row);
            }
        }
    }

    /// <summary>Coded lines without a coded line above them.</summary>
    public IReadOnlyList<TableRow> Top => _top;

    /// <summary>Lines that have lines under them, each with those lines in printed order.</summary>
    public IEnumerable<(TableRow Parent, IReadOnlyList<TableRow> Children)> Groups =>
        _children.Select(p => (p.Key, (IReadOnlyList<TableRow>)p.Value));

    /// <summary>The hierarchy of subject codes (功能科目, 经济科目), by prefix.</summary>
    public static CodeTree BySubjectCode(BudgetTable table) => new(table, byPrefix: true);

    /// <summary>The hierarchy of unit codes (单位编码), by position.</summary>
    public static CodeTree ByUnitCode(BudgetTable table) => new(table, byPrefix: false);
}
