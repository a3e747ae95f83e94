using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;

namespace BudgetHarvest.Testing;

/// <summary>Finds the real PDFs and their ground truth under the repository's <c>fixtures/</c>.</summary>
public static class Fixtures
{
    /// <summary>The repository root: the nearest folder above the test binaries holding BudgetHarvest.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The <c>fixtures/</c> folder.</summary>
    public static string Folder => Path.Combine(RepositoryRoot, "fixtures");

    /// <summary>Path of a file in <c>fixtures/public</c> (generated disclosures with exact ground truth).</summary>
    public static string Public(string fileName) => Path.Combine(Folder, "public", fileName);

    /// <summary>Path of a file in <c>fixtures/real</c> (real Xi'an disclosures with partial ground truth).</summary>
    public static string Real(string fileName) => Path.Combine(Folder, "real", fileName);

    /// <summary>Path of a file in <c>fixtures/wide</c> (real documents of other template families, hand-checked partial truth).</summary>
    public static string Wide(string fileName) => Path.Combine(Folder, "wide", fileName);

    /// <summary>Names (without extension) of every wide-corpus document: budgets of other families and documents to refuse.</summary>
    public static IReadOnlyList<string> WideNames() => Names("wide");

    /// <summary>Path of a generated fixture (tests/generator: public truths printed in other families' styles).</summary>
    public static string Generated(string fileName) => Path.Combine(Folder, "generated", fileName);

    /// <summary>Names (without extension) of every generated document.</summary>
    public static IReadOnlyList<string> GeneratedNames() => Names("generated");

    /// <summary>Names (without extension) of every public corpus document.</summary>
    public static IReadOnlyList<string> PublicNames() => Names("public");

    /// <summary>Names (without extension) of every real disclosure.</summary>
    public static IReadOnlyList<string> RealNames() => Names("real");

    /// <summary>Loads the ground truth stored beside a fixture PDF.</summary>
    public static BudgetDocument GroundTruth(string pdfPath) =>
        BudgetJson.Deserialize(File.ReadAllText(Path.ChangeExtension(pdfPath, ".json")));

    private static string[] Names(string subfolder) =>
        [.. Directory.GetFiles(Path.Combine(Folder, subfolder), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetHarvest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BudgetHarvest.sln above {AppContext.BaseDirectory}.");
    }
}
