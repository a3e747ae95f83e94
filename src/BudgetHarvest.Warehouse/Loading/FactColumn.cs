namespace BudgetHarvest.Warehouse.Loading;

/// <summary>The column types fact tables use; each backend's bulk writer maps them to its own.</summary>
internal enum FactType
{
    Text,
    SmallInt,
    Integer,
    BigInt,
    Decimal,
    Boolean,
    IntegerArray,
}

/// <summary>
/// One column of a fact table: its name, type and a typed getter. Typed getters (rather than one
/// returning object) keep bulk loading free of a boxed value per cell.
/// </summary>
internal sealed class FactColumn<T>
{
    private FactColumn(string name, FactType type) => (Name, Type) = (name, type);

    public string Name { get; }

    public FactType Type { get; }

    public Func<T, string?>? GetText { get; private init; }

    public Func<T, short>? GetSmallInt { get; private init; }

    public Func<T, int?>? GetInteger { get; private init; }

    public Func<T, long>? GetBigInt { get; private init; }

    public Func<T, decimal?>? GetDecimal { get; private init; }

    public Func<T, bool>? GetBoolean { get; private init; }

    public Func<T, IReadOnlyList<int>>? GetIntegerArray { get; private init; }

    /// <summary>The cell as a boxed value, for parameterized statements (bulk paths use the typed getters).</summary>
    public object? Value(T row) => Type switch
    {
        FactType.Text => GetText!(row),
        FactType.SmallInt => GetSmallInt!(row),
        FactType.Integer => GetInteger!(row),
        FactType.BigInt => GetBigInt!(row),
        FactType.Decimal => GetDecimal!(row),
        FactType.Boolean => GetBoolean!(row),
        FactType.IntegerArray => GetIntegerArray!(row) as int[] ?? [.. GetIntegerArray!(row)],
        _ => throw new InvalidOperationException($"Unknown column type {Type}."),
    };

    public static FactColumn<T> Text(string name, Func<T, string?> get) => new(name, FactType.Text) { GetText = get };

    public static FactColumn<T> SmallInt(string name, Func<T, short> get) => new(name, FactType.SmallInt) { GetSmallInt = get };

    public static FactColumn<T> Integer(string name, Func<T, int?> get) => new(name, FactType.Integer) { GetInteger = get };

    public static FactColumn<T> BigInt(string name, Func<T, long> get) => new(name, FactType.BigInt) { GetBigInt = get };

    public static FactColumn<T> Decimal(string name, Func<T, decimal?> get) => new(name, FactType.Decimal) { GetDecimal = get };

    public static FactColumn<T> Boolean(string name, Func<T, bool> get) => new(name, FactType.Boolean) { GetBoolean = get };

    public static FactColumn<T> IntegerArray(string name, Func<T, IReadOnlyList<int>> get) => new(name, FactType.IntegerArray) { GetIntegerArray = get };
}

/// <summary>A fact table: its name and columns, in the order the bulk writers send them.</summary>
internal sealed record FactTable<T>(string Name, IReadOnlyList<FactColumn<T>> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
