namespace BudgetHarvest.Warehouse;

/// <summary>The warehouse could not do what was asked; <see cref="IsTransient"/> says whether retrying may help.</summary>
public sealed class WarehouseException : Exception
{
    public WarehouseException()
    {
    }

    public WarehouseException(string message)
        : base(message)
    {
    }

    public WarehouseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WarehouseException(string message, bool isTransient, Exception innerException)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>True for a lost connection or a serialization conflict; false for bad SQL or a broken database.</summary>
    public bool IsTransient { get; }
}
