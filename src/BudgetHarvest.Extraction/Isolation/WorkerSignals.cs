namespace BudgetHarvest.Extraction.Isolation;

/// <summary>Fixed frames and marks of the protocol.</summary>
public static class WorkerSignals
{
    /// <summary>The frame a worker sends once its settings are applied and its classifier loaded.</summary>
    public static ReadOnlyMemory<byte> Ready => "ready"u8.ToArray();

    /// <summary>What the runtime prints on stderr when a thread overflows its stack, before it aborts the process.</summary>
    public const string StackOverflowMark = "Stack overflow";

    /// <summary>What an out-of-memory failure leaves on stderr.</summary>
    public const string OutOfMemoryMark = "OutOfMemory";
}
