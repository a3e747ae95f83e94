using System.Globalization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Validation;

/// <summary>
/// Checks a document against the closed vocabularies of budgetharvest/1 (what
/// <c>eval/validate.py</c> checks of a typed document): issue codes below severity error, the row keys
/// each kind of table allows, and the summary panels. What every download and export must pass.
/// </summary>
public static class FormatConformance
{
    private static readonly HashSet<string> Panels = new(StringComparer.Ordinal)
    {
        SummaryPanels.Income, SummaryPanels.Function, SummaryPanels.DeptEconomic, SummaryPanels.GovEconomic,
    };

    /// <summary>One line per way the document departs from the format; empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        if (document.Format != BudgetDocument.FormatName)
        {
            problems.Add($"format is '{document.Format}', not '{BudgetDocument.FormatName}'");
        }

        for (var i = 0; i < document.Issues.Count; i++)
        {
            var issue = document.Issues[i];
            if (issue.Severity != IssueSeverity.Error && !IssueCodes.Format.Contains(issue.Code))
            {
                problems.Add($"issues[{Index(i)}].code '{issue.Code}' is not a code of the format");
            }
        }

        for (var t = 0; t < document.Tables.Count; t++)
        {
            var table = document.Tables[t];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                foreach (var (key, value) in row)
                {
                    if (!TableSchemas.Allows(table.Kind, key))
                    {
                        problems.Add($"tables[{Index(t)}].rows[{Index(r)}] has key '{key}', not in the {table.Kind} schema");
                    }
                    else if (value is not null && TableSchemas.IsNumber(table.Kind, key) != value is decimal)
                    {
                        problems.Add($"tables[{Index(t)}].rows[{Index(r)}].{key} should be {(value is decimal ? "text" : "a number")}");
                    }
                }

                if (table.Kind == TableKind.Summary && !Panels.Contains(row.Text(RowFields.Panel) ?? ""))
                {
                    problems.Add($"tables[{Index(t)}].rows[{Index(r)}].panel '{row.Text(RowFields.Panel)}' is not a known panel");
                }
            }
        }

        return problems;
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
