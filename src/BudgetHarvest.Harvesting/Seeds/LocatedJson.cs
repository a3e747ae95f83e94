using System.Text.Json;

namespace BudgetHarvest.Harvesting.Seeds;

/// <summary>
/// A JSON value that remembers the line it starts on, so a seed error can point at the line a
/// person has to fix; <see cref="JsonDocument"/> forgets positions once parsed.
/// </summary>
internal sealed class LocatedJson
{
    private LocatedJson(JsonValueKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonValueKind Kind { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>The text of a string, or the raw text of a number; null otherwise.</summary>
    public string? Scalar { get; private init; }

    /// <summary>Members of an object in file order, each with the line of its name.</summary>
    public IReadOnlyList<(string Name, int Line, LocatedJson Value)> Members { get; private init; } = [];

    /// <summary>Items of an array.</summary>
    public IReadOnlyList<LocatedJson> Items { get; private init; } = [];

    /// <summary>Parses UTF-8 JSON (comments and trailing commas allowed: seed files are edited by hand).</summary>
    /// <exception cref="SeedException">The text is not JSON; the error names the line.</exception>
    public static LocatedJson Parse(ReadOnlySpan<byte> utf8, string path)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new SeedException([new SeedError(path, 1, "$", "the file is empty")]);
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                throw new SeedException([new SeedError(path, lines.LineOf(reader.TokenStartIndex), "$", "unexpected content after the top-level value")]);
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new SeedException([new SeedError(path, line, "$", $"not valid JSON: {FirstSentence(e.Message)}")]);
        }
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, int, LocatedJson)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = lines.LineOf(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add((name, nameLine, ReadValue(ref reader, lines)));
                }

                return new LocatedJson(JsonValueKind.Object, line) { Members = members };
            case JsonTokenType.StartArray:
                var items = new List<LocatedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new LocatedJson(JsonValueKind.Array, line) { Items = items };
            case JsonTokenType.String:
                return new LocatedJson(JsonValueKind.String, line) { Scalar = reader.GetString() };
            case JsonTokenType.Number:
                return new LocatedJson(JsonValueKind.Number, line) { Scalar = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new LocatedJson(JsonValueKind.True, line);
            case JsonTokenType.False:
                return new LocatedJson(JsonValueKind.False, line);
            default:
                return new LocatedJson(JsonValueKind.Null, line);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    /// <summary>Byte offsets of line starts, for turning a token offset into a line number.</summary>
    private sealed class LineMap
    {
        private readonly List<long> _starts = [0];

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
