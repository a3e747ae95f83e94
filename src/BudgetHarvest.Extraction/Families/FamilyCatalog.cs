using System.Text.Json;

namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// The template families shipped with the library: one embedded <c>Families/*.json</c> file each,
/// plus <c>general.json</c>, the rules every family shares and the fallback for an unknown one.
/// </summary>
public sealed class FamilyCatalog
{
    private const string GeneralName = "general";
    private const string ResourcePrefix = "BudgetHarvest.Extraction.Families.";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Creates a catalog from the general rules and the families' own files.</summary>
    public FamilyCatalog(TemplateFamily general, IEnumerable<TemplateFamily> families)
    {
        General = general;
        Families = [.. families.Select(f => f.Over(general))];
    }

    /// <summary>The catalog embedded in the library.</summary>
    public static FamilyCatalog Default { get; } = LoadEmbedded();

    /// <summary>The general rules alone: what an unknown family is read with.</summary>
    public TemplateFamily General { get; }

    /// <summary>Every known family, its rules merged over the general ones.</summary>
    public IReadOnlyList<TemplateFamily> Families { get; }

    /// <summary>Reads one family file.</summary>
    public static TemplateFamily Parse(string json) =>
        JsonSerializer.Deserialize<TemplateFamily>(json, Options) ?? throw new InvalidDataException("A family file is empty.");

    private static FamilyCatalog LoadEmbedded()
    {
        var assembly = typeof(FamilyCatalog).Assembly;
        TemplateFamily? general = null;
        var families = new List<TemplateFamily>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var family = Parse(reader.ReadToEnd());
            if (family.Name == GeneralName)
            {
                general = family;
            }
            else
            {
                families.Add(family);
            }
        }

        return new FamilyCatalog(general ?? throw new InvalidDataException("general.json is not embedded."), families);
    }
}
