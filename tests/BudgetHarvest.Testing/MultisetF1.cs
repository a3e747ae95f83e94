namespace BudgetHarvest.Testing;

/// <summary>
/// The grader's F1 over multisets (<c>f1</c> in <c>../shared/eval/score.py</c>): matches are the smaller of the two counts
/// of each item; an empty truth scores 1 only against an empty finding.
/// </summary>
public static class MultisetF1
{
    /// <summary>F1 of <paramref name="found"/> against <paramref name="truth"/>, both item → count.</summary>
    public static double Of<T>(IReadOnlyDictionary<T, int> truth, IReadOnlyDictionary<T, int> found)
        where T : notnull
    {
        var hit = truth.Sum(t => Math.Min(t.Value, found.GetValueOrDefault(t.Key)));
        var foundTotal = found.Values.Sum();
        var truthTotal = truth.Values.Sum();
        var precision = foundTotal == 0 ? (truthTotal == 0 ? 1 : 0) : (double)hit / foundTotal;
        var recall = truthTotal == 0 ? 1 : (double)hit / truthTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
