using System.Data.Common;

namespace BudgetHarvest.Core.Failures;

/// <summary>
/// Tells failures worth retrying from the ones that will fail again the same way, and names them:
/// the project's own by <see cref="BudgetHarvestException"/>, the platform's (database, network,
/// file system) by their type.
/// </summary>
public static class TransientFailures
{
    /// <summary>The code of a database failure that no stage wrapped.</summary>
    public const string DatabaseCode = "database_error";

    /// <summary>True when running the same work again may succeed.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        BudgetHarvestException e => e.IsTransient,
        DbException e => e.IsTransient,
        TimeoutException or HttpRequestException => true,
        FileNotFoundException or DirectoryNotFoundException => false,
        IOException => true,
        // A wrapper (an aggregate, a type-initializer failure) is as transient as what it wraps.
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>The stable reason code of a failure.</summary>
    public static string CodeOf(Exception exception) => exception switch
    {
        BudgetHarvestException e => e.Code,
        DbException => DatabaseCode,
        _ => BudgetHarvestException.UnexpectedCode,
    };
}
