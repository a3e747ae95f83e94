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
            WriteRow(importer, table, buffered);
        }

        for (var count = first.Count; row.MoveNext(); count++)
        {
            if (count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            WriteRow(importer, table, row.Current);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    // Synchronous on purpose: the importer buffers, so a write blocks only when a full buffer goes
    // to the socket, while awaiting each of a document's ~10,000 cells made loads ~25% slower.
    private static void WriteRow<T>(NpgsqlBinaryImporter importer, FactTable<T> table, T row)
    {
        importer.StartRow();
        foreach (var column in table.Columns)
        {
            Write(importer, column, row);
        }
    }

    private void AddInsert<T>(FactTable<T> table, List<T> rows)
    {
        var width = table.Columns.Count;
        var tuples = rows.Select((_, r) => "(" + string.Join(", ", Enumerable.Range(1, width).Select(c => "$" + ((r * width) + c).ToString(CultureInfo.InvariantCulture))) + ")");
        var values = rows.SelectMany(row => table.Columns.Select(column => column.Value(row))).ToArray();
        tail.Add($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES {string.Join(", ", tuples)}", values);
    }

    private static void Write<T>(NpgsqlBinaryImporter importer, FactColumn<T> column, T row)
    {
        switch (column.Type)
        {
            case FactType.Text when column.GetText!(row) is { } text: importer.Write(text, NpgsqlDbType.Text); break;
            case FactType.SmallInt: importer.Write(column.GetSmallInt!(row), NpgsqlDbType.Smallint); break;
            case FactType.Integer when column.GetInteger!(row) is { } number: importer.Write(number, NpgsqlDbType.Integer); break;
            case FactType.BigInt: importer.Write(column.GetBigInt!(row), NpgsqlDbType.Bigint); break;
            case FactType.Decimal when column.GetDecimal!(row) is { } amount: importer.Write(amount, NpgsqlDbType.Numeric); break;
            case FactType.Boolean: importer.Write(column.GetBoolean!(row), NpgsqlDbType.Boolean); break;
            case FactType.IntegerArray: importer.Write(column.GetIntegerArray!(row) as int[] ?? [.. column.GetIntegerArray!(row)], NpgsqlDbType.Array | NpgsqlDbType.Integer); break;
            case FactType.Text or FactType.Integer or FactType.Decimal: importer.WriteNull(); break;
            default: throw new InvalidOperationException($"No PostgreSQL mapping for {column.Type}.");
        }
    }
}
