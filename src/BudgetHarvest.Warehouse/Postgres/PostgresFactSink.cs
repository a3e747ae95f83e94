using System.Globalization;
using BudgetHarvest.Warehouse.Loading;
using BudgetHarvest.Warehouse.Sql;
using Npgsql;
using NpgsqlTypes;

namespace BudgetHarvest.Warehouse.Postgres;

/// <summary>
/// Writes facts inside the load's transaction: many rows with binary COPY, the fastest way into
/// PostgreSQL; a few rows as one INSERT in the load's final batch, since a COPY costs two round trips.
/// </summary>
internal sealed class PostgresFactSink(NpgsqlConnection connection, StatementBatch tail) : IFactSink
{
    // Above this, COPY's two round trips cost less than sending the rows as parameters.
    private const int MaxRowsPerInsert = 64;

    public async Task WriteAsync<T>(FactTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        using var row = rows.GetEnumerator();
        var first = new List<T>();
        while (first.Count <= MaxRowsPerInsert && row.MoveNext())
        {
            first.Add(row.Current);
        }

        if (first.Count == 0)
        {
            return;
        }

        if (first.Count <= MaxRowsPerInsert)
        {
            AddInsert(table, first);
            return;
        }

        // Disposed without CompleteAsync (an exception below), the importer cancels the COPY and the
        // transaction then rolls back: no partial document.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var buffered in first)
        {
            await WriteRowAsync(importer, table, buffered, cancellationToken).ConfigureAwait(false);
        }

        while (row.MoveNext())
        {
            await WriteRowAsync(importer, table, row.Current, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteRowAsync<T>(NpgsqlBinaryImporter importer, FactTable<T> table, T row, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        foreach (var column in table.Columns)
        {
            await WriteAsync(importer, column, row, cancellationToken).ConfigureAwait(false);
        }
    }

    private void AddInsert<T>(FactTable<T> table, List<T> rows)
    {
        var width = table.Columns.Count;
        var tuples = rows.Select((_, r) => "(" + string.Join(", ", Enumerable.Range(1, width).Select(c => "$" + ((r * width) + c).ToString(CultureInfo.InvariantCulture))) + ")");
        var values = rows.SelectMany(row => table.Columns.Select(column => column.Value(row))).ToArray();
        tail.Add($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES {string.Join(", ", tuples)}", values);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter importer, FactColumn<T> column, T row, CancellationToken cancellationToken) => column.Type switch
    {
        FactType.Text => column.GetText!(row) is { } text ? importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken) : importer.WriteNullAsync(cancellationToken),
        FactType.SmallInt => importer.WriteAsync(column.GetSmallInt!(row), NpgsqlDbType.Smallint, cancellationToken),
        FactType.Integer => column.GetInteger!(row) is { } number ? importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken) : importer.WriteNullAsync(cancellationToken),
        FactType.BigInt => importer.WriteAsync(column.GetBigInt!(row), NpgsqlDbType.Bigint, cancellationToken),
        FactType.Decimal => column.GetDecimal!(row) is { } amount ? importer.WriteAsync(amount, NpgsqlDbType.Numeric, cancellationToken) : importer.WriteNullAsync(cancellationToken),
        FactType.Boolean => importer.WriteAsync(column.GetBoolean!(row), NpgsqlDbType.Boolean, cancellationToken),
        FactType.IntegerArray => importer.WriteAsync(column.GetIntegerArray!(row) as int[] ?? [.. column.GetIntegerArray!(row)], NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken),
        _ => throw new InvalidOperationException($"No PostgreSQL mapping for {column.Type}."),
    };
}
