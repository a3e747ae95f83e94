using System.Data.Common;

namespace BudgetHarvest.Warehouse.Sql;

/// <summary>
/// Commands with positional parameters (<c>$1</c>, <c>$2</c> …), which Npgsql and DuckDB.NET both
/// understand, so the statements the backends share are written once.
/// </summary>
internal static class DbCommands
{
    /// <summary>A command on the connection (and transaction, when given) with the values as <c>$1…$n</c>; null becomes SQL NULL.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Create(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Create(connection, transaction, sql, values);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }
}
