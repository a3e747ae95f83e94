using System.Data.Common;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.Reading;

/// <summary>
/// Reads a DuckDB warehouse file opened read-only. For analysts' SQL (<see cref="DuckDbReadAccess.Sandboxed"/>)
/// external access is off and the configuration locked, so no statement can read or write other files,
/// attach databases, install extensions or fetch URLs. While another process (a running <c>serve</c>)
/// holds the file, the reader works on a snapshot copy of the file and its log, taken when first used.
/// </summary>
public sealed class DuckDbReader : WarehouseReader
{
    private readonly DuckDbReadAccess _access;
    private readonly Lock _openLock = new();
    private string? _connectionString;
    private string? _snapshotFolder;

    /// <summary>A reader of the file at <paramref name="path"/>, which must exist: a reader never creates a warehouse.</summary>
    public DuckDbReader(string path, DuckDbReadAccess access)
        : base(WarehouseBackend.DuckDb)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _access = access;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>True once reads go to a snapshot because another process holds the file.</summary>
    public bool ReadsSnapshot { get; private set; }

    /// <inheritdoc/>
    public override string Description => ReadsSnapshot ? $"DuckDB warehouse {Path} (snapshot: another process holds the file)" : $"DuckDB warehouse {Path}";

    /// <inheritdoc/>
    /// <remarks>Needs <see cref="DuckDbReadAccess.FileOutput"/>: DuckDB writes the file itself.</remarks>
    public override async Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default)
    {
        var statement = Sql.ReadStatement.Check(sql);
        var target = System.IO.Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Sql.DbCommands.Create(connection, null, $"COPY ({statement}) TO '{target}' (FORMAT parquet)");
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new WarehouseException($"The {Description} failed: {e.Message}", e.IsTransient, e);
        }
    }

    private protected override Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        lock (_openLock)
        {
            if (_connectionString is not null && OpenGuarded(_connectionString) is { } connection)
            {
                return Task.FromResult<DbConnection>(connection);
            }

            // First use, or the file was opened read-write in this process since: decide again.
            _connectionString = null;
            var opened = OpenFileOrSnapshot();
            return Task.FromResult<DbConnection>(opened);
        }
    }

    private protected override ValueTask DisposeCoreAsync()
    {
        if (_snapshotFolder is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A connection to the file itself when it can be opened as asked; to a snapshot when another process holds it.</summary>
    private DuckDBConnection OpenFileOrSnapshot()
    {
        if (!File.Exists(Path))
        {
            throw new WarehouseException($"No DuckDB warehouse at {Path}: load or harvest create one; query and export only read.");
        }

        try
        {
            var direct = ConnectionString(Path);
            if (OpenGuarded(direct) is { } connection)
            {
                _connectionString = direct;
                ReadsSnapshot = false;
                return connection;
            }
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            // Another process (a running serve) holds the file read-write.
        }

        if (_snapshotFolder is null)
        {
            _snapshotFolder = Directory.CreateTempSubdirectory("budgetharvest-snapshot-").FullName;
            Snapshot(Path, System.IO.Path.Combine(_snapshotFolder, System.IO.Path.GetFileName(Path)));
        }

        var copy = ConnectionString(System.IO.Path.Combine(_snapshotFolder, System.IO.Path.GetFileName(Path)));
        _connectionString = copy;
        ReadsSnapshot = true;
        return OpenGuarded(copy) ?? throw new WarehouseException($"The snapshot of {Path} did not open read-only.");
    }

    /// <summary>
    /// Opens and checks that the connection really is read-only (and sandboxed, when asked): DuckDB.NET
    /// shares one database instance per file within a process, so when this process already holds the
    /// file read-write (serve's own warehouse), a new connection silently gets that instance's settings.
    /// </summary>
    /// <returns>The connection, or null (closed) when it did not get the settings asked for.</returns>
    private DuckDBConnection? OpenGuarded(string connectionString)
    {
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT current_setting('access_mode'), current_setting('enable_external_access')::VARCHAR";
        using var settings = check.ExecuteReader();
        settings.Read();
        var readOnly = string.Equals(settings.GetString(0), "read_only", StringComparison.OrdinalIgnoreCase);
        var sandboxed = string.Equals(settings.GetString(1), "false", StringComparison.OrdinalIgnoreCase);
        if (readOnly && (sandboxed || _access != DuckDbReadAccess.Sandboxed))
        {
            return connection;
        }

        connection.Dispose();
        return null;
    }

    /// <summary>
    /// Copies the file, then its write-ahead log. DuckDB changes the file only at checkpoints and
    /// otherwise appends checksummed log entries, so the copy is the last checkpoint plus every
    /// complete entry after it; a torn last entry is skipped when the copy is opened.
    /// </summary>
    private static void Snapshot(string source, string target)
    {
        using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var to = File.Create(target))
        {
            from.CopyTo(to);
        }

        var log = source + ".wal";
        if (File.Exists(log))
        {
            using var from = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var to = File.Create(target + ".wal");
            from.CopyTo(to);
        }
    }

    private string ConnectionString(string file)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = file, ["access_mode"] = "READ_ONLY" };
        if (_access == DuckDbReadAccess.Sandboxed)
        {
            builder["enable_external_access"] = "false";
            builder["autoinstall_known_extensions"] = "false";
            builder["autoload_known_extensions"] = "false";
            // Last: once locked, no statement can SET any of the above back.
            builder["lock_configuration"] = "true";
        }

        return builder.ConnectionString;
    }
}
