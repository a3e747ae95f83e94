using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetHarvest.Warehouse.Export;
using Spectre.Console;

namespace BudgetHarvest.Cli.Commands;

/// <summary>Renders a query result as an aligned table (for people) or JSON (for programs).</summary>
internal static class QueryOutput
{
    // Redirected output has no terminal width to respect; a wide table is better than wrapped cells.
    private const int UnboundedWidth = 4096;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>Rows read (a table shows at most <paramref name="maxRows"/>).</returns>
    public static async Task<long> WriteTableAsync(DbDataReader reader, TextWriter output, int maxRows, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded);
        var numeric = new bool[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var type = reader.GetFieldType(i);
            numeric[i] = type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double);
            var column = new TableColumn(Markup.Escape(reader.GetName(i)));
            table.AddColumn(numeric[i] ? column.RightAligned() : column);
        }

        long rows = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (++rows <= maxRows)
            {
                table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => Markup.Escape(SqlValueText.Format(reader.GetValue(i)) ?? "")).ToArray());
            }
        }

        if (rows > maxRows)
        {
            table.Caption($"showing {maxRows} of {rows} rows; --format csv prints all");
        }

        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive)
        {
            console.Profile.Width = UnboundedWidth;
        }

        console.Write(table);
        return rows;
    }

    /// <summary>Writes a JSON array with one object per row; amounts stay exact decimal numbers.</summary>
    public static async Task<long> WriteJsonAsync(DbDataReader reader, TextWriter output, CancellationToken cancellationToken)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var buffer = new ArrayBufferWriter<byte>();
        long rows = 0;
        await output.WriteAsync("[").ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            await using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    json.WritePropertyName(names[i]);
                    WriteValue(json, reader.IsDBNull(i) ? null : reader.GetValue(i));
                }

                json.WriteEndObject();
            }

            await output.WriteAsync((rows++ == 0 ? "\n" : ",\n") + Encoding.UTF8.GetString(buffer.WrittenSpan)).ConfigureAwait(false);
        }

        await output.WriteLineAsync(rows == 0 ? "]" : "\n]").ConfigureAwait(false);
        return rows;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case decimal d: json.WriteNumberValue(d); break;
            case long n: json.WriteNumberValue(n); break;
            case int n: json.WriteNumberValue(n); break;
            case short n: json.WriteNumberValue(n); break;
            case double d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: json.WriteStringValue(SqlValueText.Format(value)); break;
        }
    }
}
