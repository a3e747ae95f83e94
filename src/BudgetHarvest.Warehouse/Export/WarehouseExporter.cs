namespace BudgetHarvest.Warehouse.Export;

/// <summary>The file formats views are exported to.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
}

/// <summary>One exported view.</summary>
public sealed record ExportedView(string View, string Path, long Rows);

/// <summary>Exports every analyst view to one file each (<c>v_function_detail.csv</c> …).</summary>
public sealed class WarehouseExporter(IWarehouseSql warehouse)
{
    /// <summary>Writes one file per view of <see cref="AnalystViews"/> into <paramref name="folder"/> (created if missing).</summary>
    /// <param name="folder">The target folder; existing files of the same names are replaced.</param>
    /// <param name="format">CSV (UTF-8 with a byte-order mark, header row) or Parquet.</param>
    /// <param name="onExported">Called after each view, e.g. to report progress.</param>
    /// <param name="cancellationToken">Stops between and within views.</param>
    public async Task<IReadOnlyList<ExportedView>> ExportAsync(string folder, ExportFormat format, Action<ExportedView>? onExported = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var exported = new List<ExportedView>();
        foreach (var view in AnalystViews.Names)
        {
            var path = Path.Combine(folder, view + (format == ExportFormat.Csv ? ".csv" : ".parquet"));
            var sql = $"SELECT * FROM {view}";
            var rows = format == ExportFormat.Csv
                ? await warehouse.ReadAsync(sql, async (reader, ct) =>
                {
                    // With a byte-order mark: Excel on Chinese Windows reads a CSV without one as GBK (mojibake).
                    await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    return await CsvOutput.WriteAsync(reader, writer, ct).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false)
                : await warehouse.WriteParquetAsync(sql, path, cancellationToken).ConfigureAwait(false);
            var result = new ExportedView(view, path, rows);
            exported.Add(result);
            onExported?.Invoke(result);
        }

        return exported;
    }
}
