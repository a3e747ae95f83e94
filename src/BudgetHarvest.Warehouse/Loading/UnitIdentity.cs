using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>
/// The unit a document belongs to: the unit the PDF prints. The harvester's seed unit is provenance
/// only (a folder source holds the documents of any number of units), and fills in what the PDF does
/// not print only when it names the same unit. Units are told apart by name with all whitespace
/// removed, because codes are often not printed and names carry their city (宝鸡市…).
/// </summary>
internal sealed record UnitIdentity(string Key, string Name, string? Code, string? Department, string? Region)
{
    /// <summary>The unit, or null when neither the document nor the seed list names one.</summary>
    public static UnitIdentity? Of(DocumentMetadata metadata, DocumentProvenance? provenance)
    {
        var printed = Blank(metadata.UnitName);
        var seed = Blank(provenance?.UnitName);
        var name = printed ?? seed;
        if (name is null)
        {
            return null;
        }

        // The seed's code, department and region describe the seed's unit, not another one found in its folder.
        var seedApplies = printed is null || seed is null || UnitNames.Same(printed, seed);
        return new UnitIdentity(
            UnitNames.Key(name),
            name.Trim(),
            Blank(metadata.UnitCode) ?? (seedApplies ? Blank(provenance?.UnitCode) : null),
            Blank(metadata.Department) ?? (seedApplies ? Blank(provenance?.Department) : null),
            Blank(metadata.Region) ?? (seedApplies ? Blank(provenance?.Region) : null));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
