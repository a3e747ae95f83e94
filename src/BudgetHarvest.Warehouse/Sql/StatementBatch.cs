using System.Data.Common;

namespace BudgetHarvest.Warehouse.Sql;

/// <summary>
/// Statements sent together: in one round trip where the driver batches (Npgsql), one after another
/// where it does not (DuckDB, in process, has no round trips to save). A load is a handful of these.
/// </summary>
internal sealed class StatementBatch
{
    private readonly List<(string Sql, object?[] Values)> _statements = [];

    public int Count => _statements.Count;

    /// <summary>Adds a statement with positional values <c>$1…$n</c>.</summary>
    public void Add(string sql, params object?[] values) => _statements.Add((sql, values));

    /// <summary>Runs every statement.</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!connection.CanCreateBatch)
        {
            foreach (var (sql, values) in _statements)
            {
                await DbCommands.ExecuteAsync(connection, transaction, sql, cancellationToken, values).ConfigureAwait(false);
            }

            return;
        }

        await using var batch = CreateBatch(connection, transaction);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs statements that each return one column (a row or none), and returns each one's first value or null.</summary>
    public async Task<object?[]> ExecuteScalarsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var results = new object?[_statements.Count];
        if (!connection.CanCreateBatch)
        {
            for (var i = 0; i < _statements.Count; i++)
            {
                results[i] = await DbCommands.ScalarAsync(connection, transaction, _statements[i].Sql, cancellationToken, _statements[i].Values).ConfigureAwait(false);
            }

            return results;
        }

        await using var batch = CreateBatch(connection, transaction);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Length; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            results[i] = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0) ? reader.GetValue(0) : null;
        }

        return results;
    }

    private DbBatch CreateBatch(DbConnection connection, DbTransaction transaction)
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, values) in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var value in values)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }
}
