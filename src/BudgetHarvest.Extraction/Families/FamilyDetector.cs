using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// Picks the template family of a document from evidence on its pages: the family whose evidence
/// patterns match most often, provided it beats the threshold; otherwise the general rules.
/// </summary>
public sealed class FamilyDetector(FamilyCatalog catalog, FamilyDetectorOptions? options = null)
{
    private readonly FamilyDetectorOptions _options = options ?? new FamilyDetectorOptions();

    /// <summary>The family of a document, or the general rules when no family shows enough evidence.</summary>
    public TemplateFamily Detect(IReadOnlyList<PageText> pages)
    {
        var text = string.Join('\n', pages.SelectMany(p => p.Lines).Select(l => TextShape.FoldWidth(l.Compact)));
        var best = catalog.Families
            .Select(f => (Family: f, Score: f.Evidence.Sum(e => Regex.Count(text, e, RegexOptions.Multiline, _options.MatchTimeout))))
            .Where(s => s.Score >= _options.MinimumEvidence)
            .OrderByDescending(s => s.Score)
            .FirstOrDefault();
        return best.Family ?? catalog.General;
    }
}

/// <summary>Tunables of <see cref="FamilyDetector"/>.</summary>
public sealed class FamilyDetectorOptions
{
    /// <summary>How many evidence matches a family needs before it is preferred over the general rules.</summary>
    public int MinimumEvidence { get; init; } = 2;

    /// <summary>Upper bound on one pattern's matching time (a family file is data, not trusted code).</summary>
    public TimeSpan MatchTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
