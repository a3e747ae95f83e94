using System.Data.Common;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>A fresh, empty warehouse per test, on the backend the subclass chooses, and SQL helpers over it.</summary>
public abstract class WarehouseTestBase : IAsyncLifetime
{
    private readonly Lazy<string> _tempFolder = new(() => Directory.CreateTempSubdirectory("bh-warehouse-").FullName);
    private DocumentWarehouse? _warehouse;

    internal ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    protected DocumentWarehouse Warehouse => _warehouse ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>A folder of this test's own, deleted with it.</summary>
    protected string TempFolder => _tempFolder.Value;

    public async Task InitializeAsync() => _warehouse = await CreateWarehouseAsync();

    public async Task DisposeAsync()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }

        if (_tempFolder.IsValueCreated)
        {
            Directory.Delete(_tempFolder.Value, recursive: true);
        }
    }

    /// <summary>A new warehouse over an empty database, using <see cref="Clock"/>.</summary>
    private protected abstract Task<DocumentWarehouse> CreateWarehouseAsync();

    protected async Task<long> CountAsync(string sql) => Convert.ToInt64((await RowsAsync(sql)).Single()[0], System.Globalization.CultureInfo.InvariantCulture);

    protected Task<List<object?[]>> RowsAsync(string sql) => Warehouse.ReadAsync(sql, ReadAllAsync);

    protected async Task LoadAllAsync(IEnumerable<BudgetDocument> documents)
    {
        foreach (var document in documents)
        {
            await Warehouse.LoadAsync(document);
        }
    }

    internal static async Task<List<object?[]>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
