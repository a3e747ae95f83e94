namespace BudgetHarvest.Benchmarks;

/// <summary>
/// Peak resident memory of the process while a piece of work runs. On Linux the kernel's high-water
/// mark (VmHWM) is reset first, so earlier phases of the benchmark do not count.
/// </summary>
internal static class PeakMemory
{
    public static T Measure<T>(Func<T> work, out long peakBytes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var reset = TryResetHighWaterMark();
        var result = work();
        peakBytes = reset && ReadHighWaterMark() is { } hwm ? hwm : Environment.WorkingSet;
        return result;
    }

    private static bool TryResetHighWaterMark()
    {
        try
        {
            // "5" resets the peak RSS of the process (proc(5), clear_refs).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static long? ReadHighWaterMark()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
