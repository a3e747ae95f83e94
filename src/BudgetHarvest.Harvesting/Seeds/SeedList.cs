namespace BudgetHarvest.Harvesting.Seeds;

/// <summary>The units to harvest, as read from a seed file.</summary>
/// <param name="Path">The seed file the list was read from.</param>
/// <param name="Units">The configured units, in file order.</param>
public sealed record SeedList(string Path, IReadOnlyList<UnitSeed> Units)
{
    /// <summary>Every source of every unit, each with its unit.</summary>
    public IEnumerable<HarvestTarget> Targets =>
        Units.SelectMany(u => u.Sources.Select((s, i) => new HarvestTarget(u.Unit, s, u.Schedule, i)));
}

/// <summary>One configured unit (单位) and where its disclosures are published.</summary>
/// <param name="Unit">Who the disclosures belong to.</param>
/// <param name="Sources">Where to look for them.</param>
/// <param name="Schedule">A cron expression for recurring harvests, or null for on-demand only.</param>
public sealed record UnitSeed(UnitRef Unit, IReadOnlyList<SeedSource> Sources, string? Schedule);

/// <summary>The seed's description of a unit, carried through every job into the document's provenance.</summary>
public sealed record UnitRef(string Name, string? Code = null, string? Department = null, string? Region = null);

/// <summary>The kinds of place a unit's disclosures can be found.</summary>
public enum SourceKind
{
    /// <summary>A direct link to one disclosure PDF.</summary>
    Pdf,

    /// <summary>An HTML page (a 预算公开 column) whose links lead to the disclosure PDFs.</summary>
    Index,

    /// <summary>A local folder of PDFs.</summary>
    Folder,
}

/// <summary>One place to look for a unit's disclosures.</summary>
/// <param name="Kind">What the location is.</param>
/// <param name="Location">An absolute http(s) URL, or for a folder its absolute path.</param>
/// <param name="Links">For an index page: which links are disclosures.</param>
/// <param name="FilePattern">For a folder: which file names to take (a * wildcard pattern).</param>
public sealed record SeedSource(SourceKind Kind, string Location, LinkRules? Links = null, string FilePattern = "*.pdf")
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Location}";
}

/// <summary>How disclosure links are told apart from the rest of an index page.</summary>
/// <param name="Include">Words or regular expressions; a link qualifies when its text or URL matches one (empty: any link).</param>
/// <param name="Years">Budget years to keep; a link qualifies when its text or URL names one (empty: any year).</param>
/// <param name="Depth">1: the index page links the PDFs; 2: it links article pages that link them.</param>
/// <remarks>Arrays, not interfaces: a rule travels inside Hangfire job arguments, and the serializer must be able to rebuild it.</remarks>
public sealed record LinkRules(string[] Include, int[] Years, int Depth = 1)
{
    /// <summary>The rules used when a seed gives none: links about a budget (预算) disclosure (公开).</summary>
    public static LinkRules Default { get; } = new(["预算", "公开"], []);
}
