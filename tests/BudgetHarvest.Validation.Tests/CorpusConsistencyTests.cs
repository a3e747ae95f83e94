using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Validation.Tests;

/// <summary>The generated public corpus is consistent by construction: no identity may fail on its ground truth.</summary>
public sealed class CorpusConsistencyTests
{
    private static readonly string[] MismatchCodes = [IssueCodes.SumMismatch, IssueCodes.CrossTableMismatch, IssueCodes.NarrativeMismatch];

    public static TheoryData<string> ConsistentDocuments() =>
        [.. Fixtures.PublicNames().Where(n => !n.StartsWith(SeedDocumentTests.SeedName, StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ConsistentDocuments))]
    public void Validate_ConsistentGroundTruth_ReportsNoMismatch(string name)
    {
        var report = new DocumentValidator().Validate(Fixtures.GroundTruth(Fixtures.Public(name + ".pdf")));

        var mismatches = report.Issues.Where(i => MismatchCodes.Contains(i.Code)).Select(i => $"{i.Code} 表{i.Table}: {i.Message}").ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.Empty(report.RuleFailures);
        Assert.Equal(report.Checked, report.Held);
    }

    [Theory]
    [MemberData(nameof(ConsistentDocuments))]
    public void Validate_ConsistentGroundTruth_ChecksIdentitiesInEveryScope(string name)
    {
        var report = new DocumentValidator().Validate(Fixtures.GroundTruth(Fixtures.Public(name + ".pdf")));

        Assert.All(Enum.GetValues<IdentityScope>(), scope => Assert.True(report.Tally(scope).Checked > 0, $"no {scope} identity checked"));
    }
}
