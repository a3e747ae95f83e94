namespace BudgetHarvest.Warehouse.Sql;

/// <summary>
/// The first gate of an analyst's SQL: exactly one statement, of a reading kind, naming none of the
/// functions that would change the session's role or run SQL given as text. The store's own guards
/// (a read-only DuckDB file without external access; a read-only PostgreSQL transaction under a role
/// that can only read) do the real refusing; this gate makes the common mistakes fail with a clear
/// message, and closes the holes those guards leave.
/// </summary>
internal static class ReadStatement
{
    /// <summary>Statements that read: the first word of the SQL (a parenthesis opens a query too).</summary>
    private static readonly HashSet<string> ReadingKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "with", "values", "table", "from", "show", "describe", "summarize", "explain",
    };

    /// <summary>
    /// Names refused anywhere outside literals: <c>set_config('role', …)</c> would undo PostgreSQL's
    /// <c>SET ROLE</c> for a superuser session, and the <c>query_to_xml</c> family and dblink run SQL
    /// built from strings, which this gate cannot see into.
    /// </summary>
    private static readonly HashSet<string> EscapingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "set_config", "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema",
        "cursor_to_xml", "cursor_to_xmlschema", "dblink", "dblink_exec", "dblink_open", "dblink_send_query",
    };

    /// <summary>The statement without a trailing semicolon.</summary>
    /// <exception cref="QueryRefusedException">Empty, more than one statement, a writing kind, or an escaping function.</exception>
    public static string Check(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var words = new List<string>();
        var end = -1;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && At(sql, i + 1, '-'))
            {
                i = SkipLine(sql, i);
            }
            else if (c == '/' && At(sql, i + 1, '*'))
            {
                i = SkipBlockComment(sql, i);
            }
            else if (end >= 0)
            {
                throw new QueryRefusedException("query runs one statement per call; this SQL holds more than one (split it, or drop the extra ';').");
            }
            else if (c == ';')
            {
                end = i;
                i++;
            }
            else if (c == '\'')
            {
                i = SkipQuoted(sql, i, '\'', backslashEscapes: i > 0 && sql[i - 1] is 'e' or 'E' && !IsWordChar(sql, i - 2));
            }
            else if (c == '"')
            {
                var close = SkipQuoted(sql, i, '"', backslashEscapes: false);
                words.Add(sql[(i + 1)..Math.Max(i + 1, close - 1)].Replace("\"\"", "\"", StringComparison.Ordinal));
                i = close;
            }
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = close < 0 ? sql.Length : close + tag.Length;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (IsWordChar(sql, i))
                {
                    i++;
                }

                words.Add(sql[start..i]);
            }
            else
            {
                if (words.Count == 0)
                {
                    // "(SELECT …) UNION …" is a query; any other leading symbol is not a statement that reads.
                    words.Add(c == '(' ? "select" : throw NotReading(c.ToString()));
                }

                i++;
            }
        }

        if (words.Count == 0)
        {
            throw new QueryRefusedException("query needs one SQL statement; this SQL is empty.");
        }

        if (!ReadingKeywords.Contains(words[0]))
        {
            throw NotReading(words[0]);
        }

        if (words.FirstOrDefault(EscapingNames.Contains) is { } escaping)
        {
            throw new QueryRefusedException($"query refuses {escaping}: it changes the session's role or runs SQL built from text.");
        }

        return end < 0 ? sql.Trim() : sql[..end].Trim();
    }

    private static QueryRefusedException NotReading(string first) =>
        new($"query only reads (SELECT, WITH, VALUES, TABLE, FROM, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN); \"{first.ToUpperInvariant()} …\" is refused. " +
            "Load documents with `load`; nothing else changes the warehouse.");

    private static bool At(string sql, int index, char c) => index < sql.Length && sql[index] == c;

    private static bool IsWordChar(string sql, int index) =>
        index >= 0 && index < sql.Length && (char.IsLetterOrDigit(sql[index]) || sql[index] is '_' or '$');

    private static int SkipLine(string sql, int start)
    {
        var newline = sql.IndexOf('\n', start);
        return newline < 0 ? sql.Length : newline + 1;
    }

    /// <summary>PostgreSQL nests block comments; DuckDB does not, and nesting only makes this gate stricter there.</summary>
    private static int SkipBlockComment(string sql, int start)
    {
        var depth = 0;
        var i = start;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && At(sql, i + 1, '*'))
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && At(sql, i + 1, '/'))
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    /// <summary>The index after the closing quote; a doubled quote stands for itself.</summary>
    private static int SkipQuoted(string sql, int start, char quote, bool backslashEscapes)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
            }
            else if (sql[i] == quote)
            {
                if (!At(sql, i + 1, quote))
                {
                    return i + 1;
                }

                i += 2;
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    /// <summary>The <c>$tag$</c> opening a dollar-quoted string at <paramref name="start"/>, or null for a parameter like <c>$1</c>.</summary>
    private static string? DollarTag(string sql, int start)
    {
        if (IsWordChar(sql, start - 1))
        {
            return null;
        }

        var i = start + 1;
        while (i < sql.Length && (char.IsLetter(sql[i]) || sql[i] == '_' || (i > start + 1 && char.IsDigit(sql[i]))))
        {
            i++;
        }

        return At(sql, i, '$') ? sql[start..(i + 1)] : null;
    }
}
