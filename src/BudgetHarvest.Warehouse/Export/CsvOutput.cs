using System.Data.Common;

namespace BudgetHarvest.Warehouse.Export;

/// <summary>Writes a query result as RFC 4180 CSV: a header row, fields quoted only when they must be.</summary>
public static class CsvOutput
{
    /// <returns>Data rows written.</returns>
    public static async Task<long> WriteAsync(DbDataReader reader, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Quote(reader.GetName(i))))).ConfigureAwait(false);
        long rows = 0;
        var fields = new string[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Quote(SqlValueText.Format(reader.GetValue(i)) ?? "");
            }

            await writer.WriteLineAsync(string.Join(",", fields)).ConfigureAwait(false);
            rows++;
        }

        return rows;
    }

    /// <summary>A field as RFC 4180 writes it: quoted (its quotes doubled) only when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
