using System.Globalization;
using System.Text;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Evaluation;

/// <summary>Counts of true label against predicted label, with per-label precision, recall and F1.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts = new int[SectionVocabulary.Labels.Count, SectionVocabulary.Labels.Count];
    private readonly int[] _unlabelled = new int[SectionVocabulary.Labels.Count];

    /// <summary>Paragraphs counted.</summary>
    public int Total { get; private set; }

    /// <summary>Paragraphs whose predicted label is the true one.</summary>
    public int Correct { get; private set; }

    /// <summary>Paragraphs the labeller put in no section (read as a grouping heading): counted as misses of their label.</summary>
    public int Unlabelled { get; private set; }

    /// <summary>Share of paragraphs labelled right.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Counts one paragraph.</summary>
    public void Add(SectionLabel truth, SectionLabel? predicted)
    {
        Total++;
        if (predicted is not { } label)
        {
            Unlabelled++;
            _unlabelled[(int)truth]++;
            return;
        }

        _counts[(int)truth, (int)label]++;
        if (label == truth)
        {
            Correct++;
        }
    }

    /// <summary>Adds another matrix's counts to this one.</summary>
    public void Add(ConfusionMatrix other)
    {
        for (var t = 0; t < SectionVocabulary.Labels.Count; t++)
        {
            _unlabelled[t] += other._unlabelled[t];
            for (var p = 0; p < SectionVocabulary.Labels.Count; p++)
            {
                _counts[t, p] += other._counts[t, p];
            }
        }

        Total += other.Total;
        Correct += other.Correct;
        Unlabelled += other.Unlabelled;
    }

    /// <summary>How many paragraphs of label <paramref name="truth"/> were labelled <paramref name="predicted"/>.</summary>
    public int Count(SectionLabel truth, SectionLabel predicted) => _counts[(int)truth, (int)predicted];

    /// <summary>Precision, recall and F1 of one label.</summary>
    public (double Precision, double Recall, double F1, int Support) Scores(SectionLabel label)
    {
        var i = (int)label;
        var hit = _counts[i, i];
        var predicted = Enumerable.Range(0, SectionVocabulary.Labels.Count).Sum(t => _counts[t, i]);
        var support = Enumerable.Range(0, SectionVocabulary.Labels.Count).Sum(p => _counts[i, p]) + _unlabelled[i];
        var precision = predicted == 0 ? 0 : (double)hit / predicted;
        var recall = support == 0 ? 0 : (double)hit / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, support);
    }

    /// <summary>The per-label table and the confusion matrix, as text.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        var width = SectionVocabulary.Labels.Max(l => SectionVocabulary.Name(l).Length);
        text.AppendLine(invariant, $"{"label".PadRight(width)}  precision  recall      f1  support");
        var macro = 0.0;
        var present = 0;
        foreach (var label in SectionVocabulary.Labels)
        {
            var (precision, recall, f1, support) = Scores(label);
            if (support > 0)
            {
                macro += f1;
                present++;
            }

            text.AppendLine(invariant, $"{SectionVocabulary.Name(label).PadRight(width)}  {precision,9:0.000}  {recall,6:0.000}  {f1,6:0.000}  {support,7}");
        }

        text.AppendLine(invariant, $"accuracy {Accuracy:0.0000} ({Correct}/{Total} paragraphs, {Unlabelled} in no section), macro F1 {(present == 0 ? 0 : macro / present):0.0000}");
        text.AppendLine();
        text.AppendLine("confusion matrix (rows: true label, columns: predicted; labels numbered as in the table above)");
        text.Append(' ', width + 2);
        for (var p = 0; p < SectionVocabulary.Labels.Count; p++)
        {
            text.Append(invariant, $"{p + 1,5}");
        }

        text.AppendLine();
        for (var t = 0; t < SectionVocabulary.Labels.Count; t++)
        {
            text.Append($"{t + 1,2} {SectionVocabulary.Name((SectionLabel)t).PadRight(width - 1)}");
            for (var p = 0; p < SectionVocabulary.Labels.Count; p++)
            {
                text.Append(_counts[t, p] == 0 ? "    ." : _counts[t, p].ToString(invariant).PadLeft(5));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
