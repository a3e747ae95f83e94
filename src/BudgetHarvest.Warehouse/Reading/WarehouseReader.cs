using System.Data.Common;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse.Reading;

/// <summary>
/// The analysts' way in (<see cref="IWarehouseSql"/>): it never creates, migrates or changes the
/// warehouse. Each statement passes <see cref="ReadStatement"/>, then runs in a transaction that the
/// backend makes read-only and that is always rolled back.
/// </summary>
public abstract class WarehouseReader : IWarehouseSql, IAsyncDisposable
{
    private protected WarehouseReader(WarehouseBackend backend) => Backend = backend;

    /// <inheritdoc/>
    public WarehouseBackend Backend { get; }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <inheritdoc/>
    /// <exception cref="QueryRefusedException">The SQL is not one statement that reads.</exception>
    public async Task<T> ReadAsync<T>(string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        var statement = ReadStatement.Check(sql);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await EnterReadOnlyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await using var command = DbCommands.Create(connection, transaction, statement);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await read(reader, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            throw new WarehouseException($"The {Description} refused or failed the query: {Explain(e)}", e.IsTransient, e);
        }
    }

    /// <inheritdoc/>
    public abstract Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a connection that can only read (the caller disposes it).</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Narrows the transaction further where the backend needs it (PostgreSQL: read-only, reader role).</summary>
    private protected virtual Task EnterReadOnlyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The store's message, with advice where the backend has some.</summary>
    private protected virtual string Explain(DbException error) => error.Message;

    private protected abstract ValueTask DisposeCoreAsync();
}
