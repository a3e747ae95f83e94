using System.Globalization;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Facts;

/// <summary>
/// Reads <see cref="StaffingFacts"/> from the narrative: the staffing sections first, the whole
/// narrative when they state nothing (a section may be labelled otherwise). Phrasings differ from
/// template to template (人员编制 30 人 / 编制总数116名（行政编制0名，…） / 核定编制116人 …).
/// </summary>
public static partial class StaffingFactsReader
{
    /// <summary>The staff figures, or null when the narrative states none.</summary>
    public static StaffingFacts? Read(BudgetDocument document)
    {
        var staffing = Read(document.Sections.Where(s => s.Label == SectionLabel.Staffing));
        var facts = staffing.IsEmpty ? Read(document.Sections) : staffing;
        return facts.IsEmpty ? null : facts;
    }

    /// <summary>The staff figures stated in a text.</summary>
    public static StaffingFacts Read(string text) => new()
    {
        Authorized = First(Authorized(), text),
        AuthorizedAdministrative = First(AuthorizedAdministrative(), text),
        AuthorizedPublicService = First(AuthorizedPublicService(), text),
        Actual = First(Actual(), text),
        ActualAdministrative = First(ActualAdministrative(), text),
        ActualPublicService = First(ActualPublicService(), text),
        Retired = First(Retired(), text),
    };

    private static StaffingFacts Read(IEnumerable<NarrativeSection> sections) => Read(string.Join('\n', sections.Select(s => s.Text)));

    private static int? First(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } match && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"(?:人员编制|核定编制|编制总数|编制人数|编制数)\s*(?:为|共|是)?\s*(?<n>\d+)\s*[人名个]")]
    private static partial Regex Authorized();

    [GeneratedRegex(@"行政编制\s*(?<n>\d+)\s*[人名个]")]
    private static partial Regex AuthorizedAdministrative();

    [GeneratedRegex(@"事业编制\s*(?<n>\d+)\s*[人名个]")]
    private static partial Regex AuthorizedPublicService();

    [GeneratedRegex(@"(?:实有人员|实有在职人员|实有人数|在职在编|在职人员)\s*(?:为|共|是)?\s*(?<n>\d+)\s*[人名]")]
    private static partial Regex Actual();

    // "行政编制0人" is a post, not a person: a digit must follow 行政 / 行政人员 directly.
    [GeneratedRegex(@"行政(?:人员)?\s*(?<n>\d+)\s*[人名]")]
    private static partial Regex ActualAdministrative();

    [GeneratedRegex(@"事业(?:人员)?\s*(?<n>\d+)\s*[人名]")]
    private static partial Regex ActualPublicService();

    [GeneratedRegex(@"(?:离退休人员|退休人员|离休人员)\s*(?<n>\d+)\s*[人名]")]
    private static partial Regex Retired();
}
