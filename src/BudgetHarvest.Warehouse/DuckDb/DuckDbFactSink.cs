using BudgetHarvest.Warehouse.Loading;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.DuckDb;

/// <summary>
/// Writes facts with DuckDB's appender. Created on a connection inside a transaction, the appender
/// appends within that transaction, so a rollback removes what it wrote.
/// </summary>
internal sealed class DuckDbFactSink(DuckDBConnection connection) : IFactSink
{
    public Task WriteAsync<T>(FactTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        using var row = rows.GetEnumerator();
        if (!row.MoveNext())
        {
            return Task.CompletedTask;
        }

        // The appender fills every column in table order: FactTables lists them in that order (a test checks).
        using var appender = connection.CreateAppender(table.Name);
        var count = 0;
        do
        {
            if (++count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var append = appender.CreateRow();
            foreach (var column in table.Columns)
            {
                append = Append(append, column, row.Current);
            }

            append.EndRow();
        }
        while (row.MoveNext());

        return Task.CompletedTask;
    }

    private static IDuckDBAppenderRow Append<T>(IDuckDBAppenderRow append, FactColumn<T> column, T row) => column.Type switch
    {
        FactType.Text => append.AppendValue(column.GetText!(row)),
        FactType.SmallInt => append.AppendValue((short?)column.GetSmallInt!(row)),
        FactType.Integer => append.AppendValue(column.GetInteger!(row)),
        FactType.BigInt => append.AppendValue((long?)column.GetBigInt!(row)),
        FactType.Decimal => append.AppendValue(column.GetDecimal!(row)),
        FactType.Boolean => append.AppendValue((bool?)column.GetBoolean!(row)),
        FactType.IntegerArray => append.AppendValue(column.GetIntegerArray!(row)),
        _ => throw new InvalidOperationException($"No DuckDB mapping for {column.Type}."),
    };
}
