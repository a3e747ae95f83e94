using System.Text;

namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// Reads a subject code printed over several columns (类 | 款 | 项) as one code, line by line: the
/// digits of the printed levels are joined (<c>205 | 03 | 02</c> → <c>2050302</c>), and a line that
/// prints only its own level (项 <c>01</c> under 款 <c>04</c> under 类 <c>201</c>) is completed from
/// the enclosing lines read before it (<c>2010401</c>).
/// </summary>
internal sealed class SubjectCodeReader
{
    private readonly IReadOnlyList<int> _columns;
    private readonly List<string> _enclosing = [];

    /// <summary>Creates a reader over the code-part columns, outermost level first.</summary>
    public SubjectCodeReader(IReadOnlyList<int> columns) => _columns = columns;

    /// <summary>
    /// One reader per code field printed over several columns, each over the parts of its first
    /// printing (a part seen again at the same level belongs to a later group and is left out).
    /// </summary>
    public static List<(string Field, SubjectCodeReader Reader)> ForColumns(IEnumerable<HeaderColumn> columns)
    {
        var readers = new List<(string, SubjectCodeReader)>();
        foreach (var field in columns.Where(c => c.CodeLevel >= 0 && c.Field is not null).GroupBy(c => c.Field!))
        {
            var parts = new List<HeaderColumn>();
            foreach (var column in field.OrderBy(c => c.Index))
            {
                if (parts.Exists(p => p.CodeLevel >= column.CodeLevel))
                {
                    break;
                }

                parts.Add(column);
            }

            readers.Add((field.Key, new SubjectCodeReader([.. parts.Select(p => p.Index)])));
        }

        return readers;
    }

    /// <summary>
    /// The code of one line, or null when no level is printed. A first cell that is not a code part
    /// (a 合计 label spanning the code columns) is returned as printed for the caller to move.
    /// </summary>
    public string? Read(IReadOnlyList<string> line)
    {
        var parts = _columns.Select(c => LabelText.Compact(CellReader.Cell(line, c))).ToList();
        var first = parts.FindIndex(p => p.Length > 0);
        if (first < 0)
        {
            return null;
        }

        if (!parts.Skip(first).All(p => p.Length == 0 || IsCodePart(p)))
        {
            return parts[first];
        }

        var deepest = parts.FindLastIndex(p => p.Length > 0);
        var levels = new List<string>();
        for (var level = 0; level <= deepest; level++)
        {
            var printed = parts[level];
            if (printed.Length > 0)
            {
                levels.Add(printed);
            }
            else if (level < _enclosing.Count)
            {
                levels.Add(_enclosing[level]);
            }
            else
            {
                // A level neither printed nor known from an enclosing line: keep what was printed.
                break;
            }
        }

        _enclosing.Clear();
        _enclosing.AddRange(levels);
        return string.Concat(levels);
    }

    private static bool IsCodePart(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A code printed as a bracketed prefix of the name (<c>[206]科学技术支出</c>): the code and the rest.</summary>
    public static (string? Code, string Name) SplitBracketedCode(string name)
    {
        if (name.Length < 3 || name[0] is not ('[' or '【'))
        {
            return (null, name);
        }

        var close = name.IndexOfAny([']', '】']);
        if (close <= 1 || close == name.Length - 1)
        {
            return (null, name);
        }

        var code = new StringBuilder();
        foreach (var c in name.AsSpan(1, close - 1))
        {
            if (!char.IsAsciiDigit(c))
            {
                return (null, name);
            }

            code.Append(c);
        }

        return (code.ToString(), name[(close + 1)..]);
    }
}
