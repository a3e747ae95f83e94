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
        _ => false,
    };

    /// <summary>The stable reason code of a failure.</summary>
    public static string CodeOf(Exception exception) => exception switch
    {
        FetchException e => e.Code,
        HarvestJobException e => e.Code,
        DbException => "database_error",
        _ => "unexpected_error",
    };
}
