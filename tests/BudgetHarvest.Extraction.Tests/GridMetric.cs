using BudgetHarvest.Testing;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>The scorer's grid metric (eval/score.py grid_relations): F1 over right/down neighbour relations of non-empty cells.</summary>
internal static partial class GridMetric
{
    public static Dictionary<(string, string, char), int> Relations(IEnumerable<List<List<string>>> grids)
    {
        var relations = new Dictionary<(string, string, char), int>();
        foreach (var raw in grids)
        {
            var grid = raw.Select(r => r.Select(Norm).ToList()).ToList();
            var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
            foreach (var row in grid)
            {
                row.AddRange(Enumerable.Repeat("", width - row.Count));
            }

            for (var i = 0; i < grid.Count; i++)
            {
                for (var j = 0; j < width; j++)
                {
                    var cell = grid[i][j];
                    if (cell.Length == 0)
                    {
                        continue;
                    }

                    var right = grid[i].Skip(j + 1).FirstOrDefault(c => c.Length > 0);
                    if (right is not null)
                    {
                        Add(relations, (cell, right, 'H'));
                    }

                    var down = grid.Skip(i + 1).Select(r => r[j]).FirstOrDefault(c => c.Length > 0);
                    if (down is not null)
                    {
                        Add(relations, (cell, down, 'V'));
                    }
                }
            }
        }

        return relations;
    }

    public static double F1(Dictionary<(string, string, char), int> truth, Dictionary<(string, string, char), int> found) =>
        MultisetF1.Of(truth, found);

    public static string Norm(string text) => WhitespacePattern().Replace(text.Normalize(NormalizationForm.FormKC), "");

    private static void Add(Dictionary<(string, string, char), int> relations, (string, string, char) key) =>
        relations[key] = relations.GetValueOrDefault(key) + 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
