namespace BudgetHarvest.Extraction.Tables;

/// <summary>One-dimensional clustering of positions.</summary>
internal static class Clustering
{
    /// <summary>Groups sorted values whose neighbours are within <paramref name="tolerance"/>; returns (mean, count) per group.</summary>
    public static List<(double Value, int Count)> Cluster(IEnumerable<double> values, double tolerance)
    {
        var sorted = values.Order().ToList();
        var result = new List<(double, int)>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[i - 1] > tolerance)
            {
                var count = i - start;
                result.Add((sorted.Skip(start).Take(count).Average(), count));
                start = i;
            }
        }

        return result;
    }
}
