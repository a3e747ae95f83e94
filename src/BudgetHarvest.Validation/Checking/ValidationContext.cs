using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Checking;

/// <summary>
/// What a rule works with: the document, its tables by role, the tolerances, and the methods that
/// compare figures, count the identity and, when it fails, write an issue naming both figures.
/// </summary>
public sealed class ValidationContext
{
    private const int MaxPartsListed = 8;

    private readonly List<ExtractionIssue> _issues = [];
    private readonly Dictionary<IdentityScope, (int Checked, int Held)> _tallies = [];

    internal ValidationContext(BudgetDocument document, ValidationOptions options)
    {
        Document = document;
        Options = options;
        Tables = new StandardTables(document);
    }

    public BudgetDocument Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>The document's tables by the role they play (收支总表, 支出明细表, …).</summary>
    public StandardTables Tables { get; }

    internal IReadOnlyList<ExtractionIssue> Issues => _issues;

    internal IReadOnlyList<IdentityTally> Tallies =>
        [.. Enum.GetValues<IdentityScope>().Select(s => _tallies.TryGetValue(s, out var t) ? new IdentityTally(s, t.Checked, t.Held) : new IdentityTally(s, 0, 0))];

    /// <summary>
    /// Checks that a total equals the sum of its parts, e.g. a 类 line and its 款 lines;
    /// <paramref name="partsName"/> says what the parts are (<c>its 款 lines</c>). Not counted when
    /// every figure is blank. Returns whether it held (true when not counted).
    /// </summary>
    public bool CheckSum(IdentityScope scope, Figure total, IReadOnlyList<Figure> parts, string partsName)
    {
        if (total.Value is null && parts.All(p => p.Value is null))
        {
            return true;
        }

        var sum = total.WithValue(parts.Sum(p => p.Amount));
        if (Record(scope, Agrees(total, sum)))
        {
            return true;
        }

        var listed = parts.Where(p => p.Amount != 0).ToList();
        var terms = string.Join(" + ", listed.Take(MaxPartsListed).Select(p => $"{p.Label} {Figure.Format(p.Amount, null)}"));
        if (listed.Count > MaxPartsListed)
        {
            terms += $" + … ({listed.Count - MaxPartsListed} more)";
        }

        var detail = listed.Count == 0 ? "every one of them is blank or zero" : terms;
        Report(IssueCodes.SumMismatch, total.Table,
            $"{total.Where}: {total.Printed} ≠ {sum.Printed}, the sum of {partsName} ({detail}); difference {Difference(total, sum)}.");
        return false;
    }

    /// <summary>
    /// Checks that two printings of the same figure agree, converting 万元 and 元; a failure is filed
    /// under <paramref name="code"/> with <paramref name="why"/> (why the two must agree) in the message.
    /// Not counted when both are blank. Returns whether it held (true when not counted).
    /// </summary>
    public bool CheckEqual(IdentityScope scope, string code, Figure stated, Figure reference, string? why = null)
    {
        if (stated.Value is null && reference.Value is null)
        {
            return true;
        }

        if (Record(scope, Agrees(stated, reference)))
        {
            return true;
        }

        var reason = why is null ? "" : $" ({why})";
        Report(code, stated.Table ?? reference.Table,
            $"{stated.Where} is {stated.Printed} but {reference.Where} is {reference.Printed}{reason}; difference {Difference(stated, reference)}.");
        return false;
    }

    /// <summary>Whether two figures agree within the tolerance of the coarser of their measures, or the rounding of one printed with fewer decimals.</summary>
    public bool Agrees(Figure a, Figure b) => Math.Abs(YuanOrRaw(a, b) - YuanOrRaw(b, a)) <= ToleranceInYuan(a, b);

    /// <summary>
    /// Of several figures a stated one may restate (a 合计 with or without the balances carried over),
    /// the first it agrees with, else the nearest: the reading a failure is reported against.
    /// </summary>
    public Figure Closest(Figure stated, IReadOnlyList<Figure> candidates) =>
        candidates.FirstOrDefault(c => Agrees(stated, c)) ?? candidates.MinBy(c => Math.Abs(YuanOrRaw(stated, c) - YuanOrRaw(c, stated)))!;

    /// <summary>Counts one identity of a scope and returns whether it held.</summary>
    public bool Record(IdentityScope scope, bool held)
    {
        var (count, holding) = _tallies.GetValueOrDefault(scope);
        _tallies[scope] = (count + 1, holding + (held ? 1 : 0));
        return held;
    }

    /// <summary>Adds an issue a rule words itself (severity warning unless told).</summary>
    public void Report(string code, int? table, string message, IssueSeverity severity = IssueSeverity.Warning) =>
        _issues.Add(ExtractionIssue.Create(code, severity, message, table));

    private static string Difference(Figure a, Figure b)
    {
        // Shown in the first figure's measure, or in yuan when only the second has one.
        var measure = a.Measure ?? b.Measure;
        var perUnit = Measures.YuanPerUnit(measure) ?? 1m;
        return Figure.Format(Math.Abs(YuanOrRaw(a, b) - YuanOrRaw(b, a)) / perUnit, measure);
    }

    // A figure without a known measure is taken to be in the other figure's measure.
    private static decimal YuanOrRaw(Figure figure, Figure other) =>
        figure.InYuan ?? figure.Amount * (Measures.YuanPerUnit(other.Measure) ?? 1m);

    private decimal ToleranceInYuan(Figure a, Figure b) =>
        Math.Max(Options.Tolerance * Math.Max(Measures.YuanPerUnit(a.Measure) ?? 1m, Measures.YuanPerUnit(b.Measure) ?? 1m),
            Math.Max(RoundingInYuan(a), RoundingInYuan(b)));

    private static decimal RoundingInYuan(Figure figure) => (figure.Rounding ?? 0m) * (Measures.YuanPerUnit(figure.Measure) ?? 1m);
}
