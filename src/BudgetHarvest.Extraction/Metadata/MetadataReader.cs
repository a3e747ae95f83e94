using System.Globalization;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Metadata;

/// <summary>
/// Reads who published a disclosure and for which year: the cover (<c>宝鸡市大数据管理中心 /
/// 2023 年单位预算公开说明</c>), <c>单位名称：</c> lines, and the unit lines of 表2/表3.
/// </summary>
public static partial class MetadataReader
{
    // Lines of the first page that can belong to the cover.
    private const int CoverLines = 8;

    // A budget is published for next year at the latest: a later "year" is a stray number (2035年远景目标).
    private const int MaxYearsAhead = 1;

    [GeneratedRegex(@"(20\d{2})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:(?:单位|部门|预算单位|单位\(部门\))名称|预算单位)[:：](.+?)(?:单位[:：].*)?$")]
    private static partial Regex NamedUnit();

    [GeneratedRegex(@"(?:20\d{2}年度?)|(?:附件\d*)|(?:(?:单位|部门)(?:综合)?预算(?:信息)?公开(?:说明?)?(?:报表)?)|(?:(?:单位|部门)(?:综合)?预算)|(?:公开(?:说明|报表)?)|(?:[(（]汇总[)）])|目录")]
    private static partial Regex CoverNoise();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{2,30}(?:局|中心|馆|站|段|学|院|委员会|委|办公室|办|所|队|会|处|厅|部|社|园|校|台|团|室|署|馆|宫|场|厂|司|区|县|市|政府)(?:[(（]本级[)）])?$")]
    private static partial Regex UnitLike();

    [GeneratedRegex(@"^(.{2,4}?(?:自治州|地区|盟|市|州))|^(.{2,4}?(?:县|区))")]
    private static partial Regex Region();

    // A party organ's name (中共西安市委…) names the region after the prefix.
    [GeneratedRegex(@"^中(?:国)?共(?:产党)?")]
    private static partial Regex PartyPrefix();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}]{2,30}?)为([\p{IsCJKUnifiedIdeographs}]{3,30}?)(?:所属|下属|直属)")]
    private static partial Regex BelongsTo();

    [GeneratedRegex(@"^主管部门[:：]?(.{3,30})$")]
    private static partial Regex SupervisorLine();

    /// <summary>Reads the metadata of a document from its page text.</summary>
    public static DocumentMetadata Read(IReadOnlyList<PageText> pages)
    {
        var cover = pages.Count == 0 ? [] : pages[0].Lines.Take(CoverLines).Select(l => TextShape.FoldWidth(l.Compact)).ToList();
        var firstPages = pages.Take(3).SelectMany(p => p.Lines).Select(l => TextShape.FoldWidth(l.Compact)).ToList();
        var allLines = pages.SelectMany(p => p.Lines).Select(l => TextShape.FoldWidth(l.Compact)).ToList();

        var unitName = cover.Concat(allLines).Select(l => NamedUnit().Match(l)).Where(m => m.Success).Select(m => Clean(m.Groups[1].Value)).FirstOrDefault(n => n.Length >= 3)
            ?? UnitFromCover(cover);
        var metadata = new DocumentMetadata
        {
            UnitName = unitName,
            Year = YearFrom(cover) ?? YearFrom(firstPages),
            Kind = KindFrom(cover) ?? KindFrom([string.Concat(cover)]) ?? KindFrom(firstPages),
        };

        if (unitName is not null)
        {
            var region = Region().Match(PartyPrefix().Replace(unitName, ""));
            metadata.Region = region.Success ? region.Value : null;
            metadata.Department = DepartmentFrom(allLines, unitName, metadata.Kind);
            metadata.UnitCode = UnitCodeFrom(pages, unitName, metadata.Kind);
        }

        return metadata;
    }

    /// <summary>
    /// The unit named on the cover. A name wrapped over two lines (福州市公安局治安管理 / 支队, or
    /// 烟台市人民政府办公室部 / 门预算) is read from the cover joined up to its 目录, before line by line.
    /// </summary>
    private static string? UnitFromCover(List<string> cover)
    {
        var joined = string.Concat(cover.TakeWhile(l => !l.EndsWith("目录", StringComparison.Ordinal)));
        foreach (var line in cover.Prepend(joined))
        {
            var rest = Clean(CoverNoise().Replace(line, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(UnitLike().IsMatch);
            if (rest is not null)
            {
                return rest;
            }
        }

        return null;
    }

    private static string Clean(string name) =>
        Regex.Replace(name, @"[(（]汇总[)）]", "").Trim(' ', ':', '：');

    private static int? YearFrom(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var match in Year().Matches(line).Cast<Match>())
            {
                var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (year <= TimeProvider.System.GetUtcNow().Year + MaxYearsAhead)
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static DisclosureKind? KindFrom(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var unit = line.IndexOf("单位预算", StringComparison.Ordinal);
            var department = Math.Max(line.IndexOf("部门预算", StringComparison.Ordinal), line.IndexOf("部门综合预算", StringComparison.Ordinal));
            if (unit >= 0 || department >= 0)
            {
                return department >= 0 && (unit < 0 || department < unit) ? DisclosureKind.DepartmentBudget : DisclosureKind.UnitBudget;
            }
        }

        return null;
    }

    private static string? DepartmentFrom(List<string> lines, string unitName, DisclosureKind? kind)
    {
        if (kind == DisclosureKind.DepartmentBudget)
        {
            return unitName;
        }

        foreach (var line in lines)
        {
            var belongs = BelongsTo().Match(line);
            if (belongs.Success && belongs.Groups[1].Value.EndsWith(unitName, StringComparison.Ordinal))
            {
                return belongs.Groups[2].Value;
            }
        }

        var supervisor = lines.Select(l => SupervisorLine().Match(l)).FirstOrDefault(m => m.Success && UnitLike().IsMatch(m.Groups[1].Value));
        if (supervisor is not null)
        {
            return supervisor.Groups[1].Value;
        }

        // A unit that is itself a government department (为市政府工作部门) supervises itself.
        return lines.Any(l => l.Contains(unitName + "为", StringComparison.Ordinal) && l.Contains("政府工作部门", StringComparison.Ordinal)) ? unitName : null;
    }

    /// <summary>
    /// The code printed before the unit's name in 表2/表3/表10. A unit that supervises itself is
    /// printed twice, as 主管部门 (short department code, e.g. 336) and as unit (336010): a
    /// 单位预算 is identified by the unit code, a 部门预算 by the department code.
    /// </summary>
    private static string? UnitCodeFrom(IReadOnlyList<PageText> pages, string unitName, DisclosureKind? kind)
    {
        var codes = new List<string>();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            for (var w = 0; w + 1 < line.Words.Count; w++)
            {
                var code = TextShape.FoldWidth(line.Words[w].Text);
                if (code.Length is >= 3 and <= 9 && code.All(char.IsAsciiDigit) && TextShape.Compact(line.Words[w + 1].Text) == unitName)
                {
                    codes.Add(code);
                }
            }
        }

        if (codes.Count == 0)
        {
            return null;
        }

        return kind == DisclosureKind.DepartmentBudget ? codes.MinBy(c => c.Length) : codes.MaxBy(c => c.Length);
    }
}
