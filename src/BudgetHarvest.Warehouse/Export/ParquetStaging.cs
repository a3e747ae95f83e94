using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.Export;

/// <summary>
/// Writes any query result to Parquet by passing it through an in-memory DuckDB, whose Parquet writer
/// is then used for PostgreSQL results too: one writer, one set of column types.
/// </summary>
internal static class ParquetStaging
{
    // Amounts are decimal(38,4) or (38,6); six decimals hold either exactly when the driver does not say which.
    private const int DefaultScale = 6;

    public static async Task<long> WriteAsync(DbDataReader reader, string path, CancellationToken cancellationToken)
    {
        await using var staging = new DuckDBConnection("Data Source=:memory:");
        await staging.OpenAsync(cancellationToken).ConfigureAwait(false);
        var schema = await reader.GetColumnSchemaAsync(cancellationToken).ConfigureAwait(false);
        var columns = string.Join(", ", schema.Select((c, i) => $"\"{c.ColumnName.Replace("\"", "\"\"", StringComparison.Ordinal)}\" {DuckDbType(reader.GetFieldType(i), c.NumericScale)}"));
        await using (var create = Sql.DbCommands.Create(staging, null, $"CREATE TABLE result ({columns})"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long rows = 0;
        using (var appender = staging.CreateAppender("result"))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = appender.CreateRow();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row = reader.IsDBNull(i) ? row.AppendNullValue() : reader.GetValue(i) switch
                    {
                        string s => row.AppendValue(s),
                        int n => row.AppendValue((int?)n),
                        long n => row.AppendValue((long?)n),
                        short n => row.AppendValue((short?)n),
                        decimal d => row.AppendValue((decimal?)d),
                        bool b => row.AppendValue((bool?)b),
                        double d => row.AppendValue((double?)d),
                        DateTime t => row.AppendValue((DateTime?)DateTime.SpecifyKind(t, DateTimeKind.Utc)),
                        var other => row.AppendValue(Convert.ToString(other, CultureInfo.InvariantCulture)),
                    };
                }

                row.EndRow();
                rows++;
            }
        }

        var target = Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal);
        await using var copy = Sql.DbCommands.Create(staging, null, $"COPY result TO '{target}' (FORMAT parquet)");
        await copy.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static string DuckDbType(Type type, int? scale) => type switch
    {
        _ when type == typeof(int) => "INTEGER",
        _ when type == typeof(long) => "BIGINT",
        _ when type == typeof(short) => "SMALLINT",
        _ when type == typeof(decimal) => $"DECIMAL(38,{scale ?? DefaultScale})",
        _ when type == typeof(bool) => "BOOLEAN",
        _ when type == typeof(double) => "DOUBLE",
        _ when type == typeof(DateTime) => "TIMESTAMPTZ",
        _ => "VARCHAR",
    };
}
