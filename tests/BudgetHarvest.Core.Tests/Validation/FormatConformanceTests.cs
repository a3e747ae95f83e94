using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Core.Tests.Validation;

/// <summary>The format's closed vocabularies as Core checks them: every hand-checked truth conforms; review notes and keys of another schema do not.</summary>
public sealed class FormatConformanceTests
{
    public static TheoryData<string> Truths()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixtures.PublicNames().Select(n => Fixtures.Public(n + ".pdf")).Concat(Fixtures.WideNames().Select(n => Fixtures.Wide(n + ".pdf"))))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Problems_HandCheckedTruth_None(string pdf) =>
        Assert.Empty(FormatConformance.Problems(Fixtures.GroundTruth(pdf)));

    [Fact]
    public void Problems_ReviewNoteAmongTheIssues_IsNotACodeOfTheFormat()
    {
        var document = Fixtures.GroundTruth(Fixtures.Public(Fixtures.PublicNames()[0] + ".pdf"));
        foreach (var code in IssueCodes.ReviewNotes)
        {
            document.Issues.Add(ExtractionIssue.Create(code, IssueSeverity.Warning, "a note"));
        }

        document.Issues.Add(ExtractionIssue.Create("invalid_pdf", IssueSeverity.Error, "an error may say anything"));

        var problems = FormatConformance.Problems(document);

        Assert.Equal(IssueCodes.ReviewNotes.Count, problems.Count);
        Assert.All(IssueCodes.ReviewNotes, code => Assert.Contains(problems, p => p.Contains(code, StringComparison.Ordinal)));
        Assert.Empty(IssueCodes.ReviewNotes.Intersect(IssueCodes.Format));
    }

    [Fact]
    public void Problems_RowKeyOfAnotherSchemaOrTextForAnAmount_AreReported()
    {
        var document = Fixtures.GroundTruth(Fixtures.Public(Fixtures.PublicNames()[0] + ".pdf"));
        var detail = document.Tables.First(t => t.Kind == TableKind.FunctionDetail);
        detail.Rows[0].Set(RowFields.Meeting, 1m);
        detail.Rows[1].Set(RowFields.Total, "many");

        var problems = FormatConformance.Problems(document);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'meeting'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(".total should be a number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TableKind.ThreePublic, RowFields.Meeting, true)]
    [InlineData(TableKind.ProjectList, RowFields.Other, false)]
    [InlineData(TableKind.Summary, RowFields.Panel, true)]
    [InlineData(TableKind.Other, RowFields.Name, false)]
    public void Allows_KeyOfTheKindsSchema(TableKind kind, string key, bool allowed) =>
        Assert.Equal(allowed, TableSchemas.Allows(kind, key));
}
