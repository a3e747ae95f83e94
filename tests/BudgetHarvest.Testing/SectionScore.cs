using System.Text;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Testing;

/// <summary>
/// The grader's <c>sections</c> metric (<c>../shared/eval/score.py</c>): per label, the F1 of the
/// character bigrams of the ground-truth and the found text (NFKC, whitespace removed, sections
/// of one label concatenated), weighted by the ground truth's length.
/// </summary>
public static class SectionScore
{
    /// <summary>The metric of one document, 0..1 (1 when the truth has no sections).</summary>
    public static double Of(IEnumerable<NarrativeSection> truth, IEnumerable<NarrativeSection> found)
    {
        var expected = Texts(truth);
        var actual = Texts(found);
        var total = expected.Values.Sum(t => t.Length);
        if (total == 0)
        {
            return 1;
        }

        return expected.Sum(e => e.Value.Length * MultisetF1.Of(Bigrams(e.Value), Bigrams(actual.GetValueOrDefault(e.Key, "")))) / total;
    }

    private static Dictionary<SectionLabel, string> Texts(IEnumerable<NarrativeSection> sections) =>
        sections.GroupBy(s => s.Label).ToDictionary(g => g.Key, g => string.Concat(g.Select(s => Normalize(s.Text))));

    private static string Normalize(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    private static Dictionary<string, int> Bigrams(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bigram = text.Substring(i, 2);
            counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
        }

        return counts;
    }
}
