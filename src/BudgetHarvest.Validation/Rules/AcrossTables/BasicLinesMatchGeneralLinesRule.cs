using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// Line by line, the basic-spending tables repeat the general ones: 表7 line 2010350's 人员经费
/// and 公用经费 are 表5 line 2010350's, and 表8's are 表6's. A department budget prints a code once
/// per unit: under the unit line it is printed below (<see cref="UnitLines"/>) when the tables print
/// them, and else the n-th line of a code is matched with the n-th line of that code.
/// </summary>
public sealed class BasicLinesMatchGeneralLinesRule : IValidationRule
{
    private static readonly (TableRole Basic, TableRole General)[] Pairs =
        [(TableRole.BasicFunction, TableRole.GeneralFunction), (TableRole.BasicEconomic, TableRole.GeneralEconomic)];

    private static readonly string[] Fields = [RowFields.Personnel, RowFields.Public];

    public string Name => "BasicLinesMatchGeneralLines";

    public void Check(ValidationContext context)
    {
        foreach (var (basicRole, generalRole) in Pairs)
        {
            if (context.Tables[basicRole] is not { } basic || context.Tables[generalRole] is not { } general)
            {
                continue;
            }

            var generalLines = Keyed(general).ToDictionary(l => l.Key, l => l.Line);
            foreach (var (key, row) in Keyed(basic))
            {
                if (!generalLines.TryGetValue(key, out var match))
                {
                    continue;
                }

                foreach (var field in Fields.Where(f => row.Has(f) && match.Has(f)))
                {
                    context.CheckEqual(IdentityScope.AcrossTables, IssueCodes.CrossTableMismatch,
                        DetailLines.Figure(basic, row, field), DetailLines.Figure(general, match, field), "basic spending is part of the general table");
                }
            }
        }
    }

    // Each coded line keyed by the unit line above it, its code and which printing of that code under that unit it is.
    private static IEnumerable<((string? Unit, string Code, int Occurrence) Key, TableRow Line)> Keyed(BudgetTable table)
    {
        var seen = new Dictionary<(string?, string), int>();
        foreach (var (line, unit) in UnitLines.WithUnits(table))
        {
            var key = (unit is null ? null : DetailLines.Code(unit), DetailLines.Code(line)!);
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return ((key.Item1, key.Item2, occurrence), line);
        }
    }
}
