using System.Data.Common;
using BudgetHarvest.Harvesting.Fetching;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Tells failures worth retrying from the ones that will fail again the same way.</summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        FetchException e => e.IsTransient,
        HarvestJobException e => e.IsTransient,
        DbException e => e.IsTransient,
        TimeoutException or HttpRequestException => true,
        FileNotFoundException or DirectoryNotFoundException => false,
        IOException => true,
        _ => DeclaresTransient(exception),
    };

    /// <summary>
    /// The project's exceptions say whether they are transient with an <c>IsTransient</c> property
    /// (the warehouse's among them); harvesting reads it without referencing the stages that define them.
    /// </summary>
    private static bool DeclaresTransient(Exception exception) =>
        exception.GetType().GetProperty("IsTransient", typeof(bool))?.GetValue(exception) is true
        || (exception.InnerException is { } inner && IsTransient(inner));

    /// <summary>The stable reason code of a failure.</summary>
    public static string CodeOf(Exception exception) => exception switch
    {
        FetchException e => e.Code,
        HarvestJobException e => e.Code,
        DbException => "database_error",
        _ => "unexpected_error",
    };
}
