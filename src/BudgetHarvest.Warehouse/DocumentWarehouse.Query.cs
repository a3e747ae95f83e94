using System.Data.Common;

namespace BudgetHarvest.Warehouse;

/// <summary>This process's own SQL over the warehouse it writes (analysts go through a <see cref="Reading.WarehouseReader"/>).</summary>
public abstract partial class DocumentWarehouse
{
    /// <summary>
    /// Runs one reading statement on the writer's connection and hands its result to <paramref name="read"/>;
    /// the transaction is always rolled back (and read-only on PostgreSQL). For SQL this process writes
    /// itself: people's SQL goes through <see cref="WarehouseOptions.CreateReader"/>, which cannot write at all.
    /// </summary>
    /// <exception cref="QueryRefusedException">The SQL is not one statement that reads.</exception>
    /// <exception cref="WarehouseException">The SQL is wrong or the store cannot be reached.</exception>
    public Task<T> ReadAsync<T>(string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        sql = Sql.ReadStatement.Check(sql);
        return WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (ReadOnlyTransaction is { } readOnly)
            {
                await using var setReadOnly = Sql.DbCommands.Create(connection, transaction, readOnly);
                await setReadOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await using var command = Sql.DbCommands.Create(connection, transaction, sql);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await read(reader, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Whatever the statement was, it leaves no trace.
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <summary>Writes the result of this process's own query to a Parquet file; returns the rows written.</summary>
    public abstract Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default);

    /// <summary>The statement that makes a transaction read-only, where the backend has one.</summary>
    private protected virtual string? ReadOnlyTransaction => null;
}
