using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Warehouse;

/// <summary>An analyst's SQL was refused before it reached the store: not one statement, or not one that only reads.</summary>
public sealed class QueryRefusedException : BudgetHarvestException
{
    /// <summary>The code of every refused query.</summary>
    public const string QueryRefused = "query_refused";

    public QueryRefusedException()
        : base(QueryRefused, "The query was refused.")
    {
    }

    public QueryRefusedException(string message)
        : base(QueryRefused, message)
    {
    }

    public QueryRefusedException(string message, Exception innerException)
        : base(QueryRefused, message, innerException)
    {
    }
}
