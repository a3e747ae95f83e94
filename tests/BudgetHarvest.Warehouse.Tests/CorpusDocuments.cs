using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>The public corpus ground truth (fixtures/public/*.json) and variants of it made for tests.</summary>
internal static class CorpusDocuments
{
    public const string Baoji = "0000-baoji-bigdata-2023";

    /// <summary>Every ground-truth document, freshly parsed (callers may change them).</summary>
    public static List<BudgetDocument> All() => [.. Fixtures.PublicNames().Select(One)];

    public static BudgetDocument One(string name) => BudgetJson.Deserialize(File.ReadAllText(Fixtures.Public(name + ".json")));

    /// <summary>A copy of a document as if extracted from another PDF (a new SHA-256).</summary>
    public static BudgetDocument WithSha256(BudgetDocument document, char fill)
    {
        var copy = BudgetJson.Deserialize(BudgetJson.Serialize(document));
        copy.Source.Sha256 = new string(fill, 64);
        return copy;
    }

    /// <summary>The document's first function_detail table (表5).</summary>
    public static BudgetTable FunctionDetail(BudgetDocument document) => document.Tables.First(t => t.Kind == TableKind.FunctionDetail);
}
