namespace BudgetHarvest.Cli;

/// <summary>Process exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some documents failed (their output says why).</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong: nothing was done.</summary>
    public const int Usage = 2;
}
