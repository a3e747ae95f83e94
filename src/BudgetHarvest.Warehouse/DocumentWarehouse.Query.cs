using System.Data.Common;

namespace BudgetHarvest.Warehouse;

/// <summary>Analysts' SQL (<see cref="IWarehouseSql"/>).</summary>
public abstract partial class DocumentWarehouse
{
    /// <inheritdoc/>
    public Task<T> ReadAsync<T>(string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
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

    /// <inheritdoc/>
    public abstract Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default);

    /// <summary>The statement that makes a transaction read-only, where the backend has one.</summary>
    private protected virtual string? ReadOnlyTransaction => null;
}
