using BudgetHarvest.Warehouse.Loading;
using Npgsql;
using NpgsqlTypes;

namespace BudgetHarvest.Warehouse.Postgres;

/// <summary>Writes facts with binary COPY inside the load's transaction: the fastest way into PostgreSQL.</summary>
internal sealed class PostgresFactSink(NpgsqlConnection connection) : IFactSink
{
    public async Task WriteAsync<T>(FactTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        using var row = rows.GetEnumerator();
        if (!row.MoveNext())
        {
            return;
        }

        // Disposed without CompleteAsync (an exception below), the importer cancels the COPY and the
        // transaction then rolls back: no partial document.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        do
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var column in table.Columns)
            {
                await WriteAsync(importer, column, row.Current, cancellationToken).ConfigureAwait(false);
            }
        }
        while (row.MoveNext());

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
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
