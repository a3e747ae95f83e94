using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Rules.AcrossTables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// The 会议费培训费明细 the narrative lists under the "三公" section adds up to the budget it
/// details: 培训费, 会议费 or both (templates list trainings only, meetings only, or both) as 表12 prints them.
/// </summary>
public sealed partial class TrainingMeetingDetailRule : IValidationRule
{
    public string Name => "TrainingMeetingDetail";

    public void Check(ValidationContext context)
    {
        var training = Locate.ThreePublicCell(RowFields.Training)(context.Tables);
        var meeting = Locate.ThreePublicCell(RowFields.Meeting)(context.Tables);
        if (training is null && meeting is null)
        {
            return;
        }

        foreach (var section in context.Document.Sections)
        {
            if (Read(section.Text) is not { } detail)
            {
                continue;
            }

            var listed = new Figure(detail.Lines.Sum(l => l.Amount), detail.Measure, null, $"narrative ({NarrativeText.Where(section)}) 会议费培训费明细");
            var both = (training ?? meeting)!.WithValue((training?.Amount ?? 0m) + (meeting?.Amount ?? 0m));
            var candidates = new[] { training, meeting, both }.OfType<Figure>();
            if (context.Record(IdentityScope.Narrative, candidates.Any(c => context.Agrees(listed, c))))
            {
                continue;
            }

            var lines = string.Join(" + ", detail.Lines.Select(l => $"{l.Name} {Figure.Format(l.Amount, null)}"));
            var table = (training ?? meeting)!;
            context.Report(IssueCodes.NarrativeMismatch, table.Table,
                $"{listed.Line} lists {detail.Lines.Count} line(s) totalling {listed.Printed} ({lines}), but 表{table.Table} prints " +
                $"培训费 {training?.Printed ?? "nothing"} and 会议费 {meeting?.Printed ?? "nothing"} (together {both.Printed}).");
        }
    }

    private static (string Measure, List<(string Name, decimal Amount)> Lines)? Read(string text)
    {
        var heading = DetailHeading().Match(text);
        if (!heading.Success)
        {
            return null;
        }

        string? measure = null;
        var lines = new List<(string Name, decimal Amount)>();
        foreach (var line in text[(heading.Index + heading.Length)..].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (MeasureLine().Match(line) is { Success: true } m)
            {
                measure = m.Groups[1].Value;
            }
            else if (DataLine().IsMatch(line))
            {
                var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var amount = tokens.Skip(1).Reverse().Select(t => PlainAmount().IsMatch(t) ? NumberText.Parse(t) : null).FirstOrDefault(a => a is not null);
                if (amount is { } value)
                {
                    lines.Add((tokens.Length > 1 ? tokens[1] : tokens[0], value));
                }
            }
            else if (lines.Count > 0)
            {
                break;
            }
        }

        return measure is null || lines.Count == 0 ? null : (measure, lines);
    }

    [GeneratedRegex("(?:会议费?|培训费?)[、及和]?(?:会议费?|培训费?)?明细")]
    private static partial Regex DetailHeading();

    [GeneratedRegex(@"单位[:：]\s*(万元|元)")]
    private static partial Regex MeasureLine();

    [GeneratedRegex(@"^\d+\s")]
    private static partial Regex DataLine();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$|^\d+$")]
    private static partial Regex PlainAmount();
}
