using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// Amounts the narrative gives for a budget subject by code — <c>事业运行(2010350)276.63万元</c>,
/// <c>工资福利支出(301) 311.38万元</c> — equal that line of 表5 (功能科目, codes 2xx) or 表6
/// (经济科目, codes 3xx); a department budget printing the code once per unit is compared with the
/// sum of those lines. A subject the table does not print is not checked.
/// </summary>
public sealed class NarrativeSubjectAmountsRule : IValidationRule
{
    private static readonly Regex SubjectAmount =
        new(@"[^\s，,；;：:。（(）)]{1,30}\s*[（(](?<code>2\d{2}(?:\d{2}){0,2}|3\d{2}(?:\d{2})?)[)）]\s*" + NarrativeText.Amount(), RegexOptions.CultureInvariant);

    public string Name => "NarrativeSubjectAmounts";

    public void Check(ValidationContext context)
    {
        var seen = new HashSet<(string, decimal?)>();
        foreach (var section in context.Document.Sections)
        {
            foreach (Match match in SubjectAmount.Matches(section.Text))
            {
                var code = match.Groups["code"].Value;
                var role = code[0] == '2' ? TableRole.GeneralFunction : TableRole.GeneralEconomic;
                var stated = NarrativeText.Stated(section, match);
                if (!seen.Add((code, stated.Value)) || context.Tables[role] is not { } table)
                {
                    continue;
                }

                var lines = table.Rows.Where(r => DetailLines.Code(r) == code && r.Has(RowFields.Total)).Select(r => DetailLines.Figure(table, r, RowFields.Total)).ToList();
                if (lines.Count > 0)
                {
                    var subject = lines.Count == 1 ? lines[0] : lines[0] with { Value = lines.Sum(l => l.Amount), Line = $"lines {code} ({lines.Count} units), 合计 summed" };
                    context.CheckEqual(IdentityScope.Narrative, IssueCodes.NarrativeMismatch, stated, subject);
                }
            }
        }
    }
}
