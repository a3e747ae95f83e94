using System.Text.Json;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>The ground-truth tables of a fixture: number, title, pages and grid only.</summary>
/// <remarks>Read directly with System.Text.Json because BudgetJson's options currently fail to initialise (no TypeInfoResolver before MakeReadOnly).</remarks>
internal sealed record TruthTable(int? Number, string Title, List<int> Pages, List<List<string>> Grid)
{
    public static List<TruthTable> Load(string pdfPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(pdfPath, ".json")));
        return [.. json.RootElement.GetProperty("tables").EnumerateArray().Select(t => new TruthTable(
            t.GetProperty("number").ValueKind == JsonValueKind.Number ? t.GetProperty("number").GetInt32() : null,
            t.GetProperty("title").GetString() ?? "",
            [.. t.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32())],
            [.. (t.TryGetProperty("grid", out var g) && g.ValueKind == JsonValueKind.Array ? g.EnumerateArray() : default).Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList())]))];
    }

    public static List<TruthTable> ForPublic(string name) => Load(Fixtures.Public(name + ".pdf"));

    public static List<TruthTable> ForReal(string name) => Load(Fixtures.Real(name + ".pdf"));
}
