using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// Line by line, the basic-spending tables repeat the general ones: 表7 line 2010350's 人员经费
/// and 公用经费 are 表5 line 2010350's, and 表8's are 表6's. A department budget prints a code once
/// per unit, so the n-th line of a code is matched with the n-th line of that code.
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

            var generalLines = general.Rows.Where(r => DetailLines.Code(r) is not null).GroupBy(r => DetailLines.Code(r)!).ToDictionary(g => g.Key, g => g.ToList());
            var seen = new Dictionary<string, int>();
            foreach (var row in basic.Rows)
            {
                if (DetailLines.Code(row) is not { } code)
                {
                    continue;
                }

                var occurrence = seen[code] = seen.GetValueOrDefault(code) + 1;
                if (!generalLines.TryGetValue(code, out var lines) || lines.Count < occurrence)
                {
                    continue;
                }

                var match = lines[occurrence - 1];
                foreach (var field in Fields.Where(f => row.Has(f) && match.Has(f)))
                {
                    context.CheckEqual(IdentityScope.AcrossTables, IssueCodes.CrossTableMismatch,
                        DetailLines.Figure(basic, row, field), DetailLines.Figure(general, match, field), "basic spending is part of the general table");
                }
            }
        }
    }
}
