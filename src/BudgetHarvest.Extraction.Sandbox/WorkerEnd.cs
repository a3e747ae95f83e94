using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>Why a worker stopped before answering, and the issue its document gets for it.</summary>
internal sealed record WorkerEnd(string Code, string Message, bool Deterministic)
{
    public static WorkerEnd TimedOut(TimeSpan limit) =>
        new(IssueCodes.Timeout, $"Extraction took longer than {limit.TotalSeconds:0.#} s; its worker process was killed.", Deterministic: true);

    public static WorkerEnd OverMemory(long bytes, int limitMegabytes) =>
        new(IssueCodes.ResourceLimit, $"Extraction used {bytes / (1024 * 1024)} MB, beyond the worker's {limitMegabytes} MB limit; its worker process was killed.", Deterministic: true);

    /// <summary>A worker that died on its own: what it printed says why.</summary>
    public static WorkerEnd Crashed(int? exitCode, StderrLog stderr)
    {
        var text = stderr.Text;
        var exit = exitCode is { } code ? $"exit code {code}" : "no exit code";
        if (text.Contains(WorkerSignals.StackOverflowMark, StringComparison.Ordinal))
        {
            return new(IssueCodes.InvalidPdf, $"The PDF's structure sent the parser into unbounded recursion (stack overflow, {exit}); the malformed file cannot be read.", Deterministic: true);
        }

        if (text.Contains(WorkerSignals.OutOfMemoryMark, StringComparison.Ordinal))
        {
            return new(IssueCodes.ResourceLimit, $"Extraction ran out of the worker's memory ({exit}).", Deterministic: true);
        }

        var said = stderr.FirstLine is { Length: > 0 } line ? $": {line}" : "";
        return new(IssueCodes.InvalidPdf, $"The extraction worker crashed on this PDF ({exit}){said}.", Deterministic: false);
    }
}
