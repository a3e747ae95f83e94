namespace BudgetHarvest.Warehouse;

/// <summary>An analyst's SQL was refused before it reached the store: not one statement, or not one that only reads.</summary>
public sealed class QueryRefusedException : Exception
{
    public QueryRefusedException()
    {
    }

    public QueryRefusedException(string message)
        : base(message)
    {
    }

    public QueryRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
