using System.Collections;

namespace BudgetHarvest.Core.Model;

/// <summary>
/// One row of a table mapped to its standard schema: an ordered record of named fields whose
/// values are text, an amount (<see cref="decimal"/>) or null.
/// </summary>
/// <remarks>
/// Rows are field bags rather than one class per kind because the format distinguishes a column
/// the table does not print (the key is absent) from a printed but blank cell (the key is null):
/// 表2 and 表3 print different column sets from template to template. <see cref="RowFields"/>
/// names the fields; <c>TableSchemas</c> says which belong to which kind.
/// </remarks>
public sealed class TableRow : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _fields = [];
    private readonly List<KeyValuePair<string, decimal?>> _extra = [];

    /// <summary>
    /// Amounts of printed columns whose header maps to no key of the schema, keyed by the printed
    /// header (whitespace removed, group and column joined with <c>/</c>), in column order. The
    /// format's rule is that no number is dropped: such a column lands here and its table carries
    /// an <c>unmapped_column</c> issue.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, decimal?>> Extra => _extra;

    /// <summary>Number of fields present.</summary>
    public int Count => _fields.Count;

    /// <summary>Sets a field, keeping the position of an existing one.</summary>
    /// <exception cref="ArgumentException">The value is neither text, a number nor null.</exception>
    public TableRow Set(string field, object? value)
    {
        value = value switch
        {
            null or string or decimal => value,
            int i => (decimal)i,
            long l => (decimal)l,
            double d => (decimal)d,
            _ => throw new ArgumentException($"Field '{field}' must be text, a number or null, not {value.GetType().Name}.", nameof(value)),
        };
        var index = _fields.FindIndex(f => f.Key == field);
        if (index >= 0)
        {
            _fields[index] = new(field, value);
        }
        else
        {
            _fields.Add(new(field, value));
        }

        return this;
    }

    /// <summary>Sets the amount of an unmapped column (see <see cref="Extra"/>), keeping the position of an existing one.</summary>
    public TableRow SetExtra(string header, decimal? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        var index = _extra.FindIndex(f => f.Key == header);
        if (index >= 0)
        {
            _extra[index] = new(header, value);
        }
        else
        {
            _extra.Add(new(header, value));
        }

        return this;
    }

    /// <summary>Whether the table printed this field (it may still be null).</summary>
    public bool Has(string field) => _fields.Exists(f => f.Key == field);

    /// <summary>The raw value, or null when absent.</summary>
    public object? this[string field] => _fields.Find(f => f.Key == field).Value;

    /// <summary>The field as text; a number is formatted invariantly.</summary>
    public string? Text(string field) => this[field] switch
    {
        string s => s,
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The field as an amount, or null when absent, blank or text.</summary>
    public decimal? Amount(string field) => this[field] as decimal?;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
