using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Warehouse;

/// <summary>The warehouse could not do what was asked; <see cref="IsTransient"/> says whether retrying may help.</summary>
public sealed class WarehouseException : BudgetHarvestException
{
    /// <summary>The code of every warehouse failure.</summary>
    public const string WarehouseFailed = "warehouse_error";

    private readonly bool _isTransient;

    public WarehouseException()
        : base(WarehouseFailed, "The warehouse failed.")
    {
    }

    public WarehouseException(string message)
        : base(WarehouseFailed, message)
    {
    }

    public WarehouseException(string message, Exception innerException)
        : base(WarehouseFailed, message, innerException)
    {
    }

    public WarehouseException(string message, bool isTransient, Exception innerException)
        : base(WarehouseFailed, message, innerException) => _isTransient = isTransient;

    /// <summary>True for a lost connection or a serialization conflict; false for bad SQL or a broken database.</summary>
    public override bool IsTransient => _isTransient;
}
