using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>
/// The unit a document belongs to. The harvester's seed list (the provenance) names units as they
/// are configured and wins over what the extractor read; units are told apart by name with all
/// whitespace removed, because codes are often not printed and names carry their city (宝鸡市…).
/// </summary>
internal sealed record UnitIdentity(string Key, string Name, string? Code, string? Department, string? Region)
{
    /// <summary>The unit, or null when neither the seed list nor the document names one.</summary>
    public static UnitIdentity? Of(DocumentMetadata metadata, DocumentProvenance? provenance)
    {
        var name = Blank(provenance?.UnitName) ?? Blank(metadata.UnitName);
        if (name is null)
        {
            return null;
        }

        var key = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        return new UnitIdentity(
            key,
            name.Trim(),
            Blank(provenance?.UnitCode) ?? Blank(metadata.UnitCode),
            Blank(provenance?.Department) ?? Blank(metadata.Department),
            Blank(provenance?.Region) ?? Blank(metadata.Region));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
