using System.Text;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Harvesting.Tests.Seeds;

public sealed class SeedLoaderTests
{
    private const string Base = "/seeds";

    [Fact]
    public void Load_DemoSeeds_PointAtBundledFixturesThatExist()
    {
        var seeds = SeedLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "seeds", "demo.json"));

        Assert.NotEmpty(seeds.Units);
        var folders = seeds.Units.SelectMany(u => u.Sources).Where(s => s.Kind == SourceKind.Folder).ToList();
        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.NotEmpty(Directory.GetFiles(f.Location, f.FilePattern)));
    }

    [Fact]
    public void Parse_EveryKindOfSource_ReadsUnitAndSources()
    {
        var seeds = Parse("""
            {
              "format": "budgetharvest-seeds/1",
              "schedule": "0 3 * * *",
              "units": [
                {
                  "name": "宝鸡市大数据管理中心", "code": "301001", "department": "宝鸡市政府办公室", "region": "宝鸡市",
                  "sources": [
                    { "pdf": "https://example.gov.cn/2023/yusuan.pdf" },
                    { "index": "https://example.gov.cn/czyjs/", "include": ["预算", "决算"], "years": [2023, 2024], "depth": 2 },
                    { "folder": "../fixtures/public", "files": "0000-*.pdf" }
                  ]
                },
                { "name": "无计划单位", "schedule": "30 2 * * 1", "sources": [ { "pdf": "http://example.gov.cn/a.pdf" } ] }
              ]
            }
            """);

        var unit = seeds.Units[0];
        Assert.Equal(new UnitRef("宝鸡市大数据管理中心", "301001", "宝鸡市政府办公室", "宝鸡市"), unit.Unit);
        Assert.Equal("0 3 * * *", unit.Schedule);
        Assert.Equal([SourceKind.Pdf, SourceKind.Index, SourceKind.Folder], unit.Sources.Select(s => s.Kind));
        var links = unit.Sources[1].Links!;
        Assert.Equal(["预算", "决算"], links.Include);
        Assert.Equal([2023, 2024], links.Years);
        Assert.Equal(2, links.Depth);
        Assert.Equal(Path.GetFullPath("../fixtures/public", Base), unit.Sources[2].Location);
        Assert.Equal("0000-*.pdf", unit.Sources[2].FilePattern);
        Assert.Equal("30 2 * * 1", seeds.Units[1].Schedule);
        Assert.Equal(4, seeds.Targets.Count());
    }

    [Theory]
    [InlineData("""{ "name": "A", "sourcez": [] }""", 4, "units[0].sourcez", "unknown field")]
    [InlineData("""{ "code": "1", "sources": [ { "pdf": "https://a/b.pdf" } ] }""", 4, "units[0].name", "missing")]
    [InlineData("""{ "name": "A", "sources": [ { "pdf": "ftp://a/b.pdf" } ] }""", 4, "units[0].sources[0].pdf", "not an absolute http")]
    [InlineData("""{ "name": "A", "sources": [ { "pdf": "https://a/b.pdf", "folder": "x" } ] }""", 4, "units[0].sources[0]", "exactly one")]
    [InlineData("""{ "name": "A", "sources": [ { "url": "https://a/b.pdf" } ] }""", 4, "units[0].sources[0]", "needs one of")]
    [InlineData("""{ "name": "A", "schedule": "every day", "sources": [ { "pdf": "https://a/b.pdf" } ] }""", 4, "units[0].schedule", "not a cron expression")]
    [InlineData("""{ "name": "A", "sources": [ { "index": "https://a/", "years": ["二〇二三"] } ] }""", 4, "units[0].sources[0].years", "not a budget year")]
    [InlineData("""{ "name": "A", "sources": [ { "index": "https://a/", "include": ["(预算"] } ] }""", 4, "units[0].sources[0].include", "not a valid regular expression")]
    [InlineData("""{ "name": "A", "sources": [ { "pdf": "https://a/b.pdf", "depth": 2 } ] }""", 4, "units[0].sources[0].depth", "only applies to index")]
    [InlineData("""{ "name": "A", "sources": [] }""", 4, "units[0].sources", "empty")]
    public void Parse_BadUnit_ReportsLineFieldAndReason(string unit, int line, string field, string reason)
    {
        var json = $"{{\n  \"format\": \"budgetharvest-seeds/1\",\n  \"units\": [\n    {unit}\n  ]\n}}";

        var errors = Assert.Throws<SeedException>(() => Parse(json)).Errors;

        Assert.Contains(errors, e => e.Line == line && e.Field == field && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInFileOrder()
    {
        var json = """
            {
              "format": "budgetharvest-seeds/2",
              "units": [
                { "name": "A", "code": "1", "sources": [ { "pdf": "https://a/1.pdf" } ] },
                { "name": "B", "code": "1", "sources": [ { "pdf": "nonsense" } ] }
              ]
            }
            """;

        var errors = Assert.Throws<SeedException>(() => Parse(json)).Errors;

        Assert.Equal([("format", 2), ("units[1].sources[0].pdf", 5), ("units[1].code", 5)], errors.Select(e => (e.Field, e.Line)));
        Assert.Equal("test.json:2: format: expected \"budgetharvest-seeds/1\", found \"budgetharvest-seeds/2\"", errors[0].ToString());
    }

    [Fact]
    public void Parse_BrokenJson_ReportsTheLineOfTheSyntaxError()
    {
        var json = "{\n  \"format\": \"budgetharvest-seeds/1\",\n  \"units\": [\n    { \"name\": \"A\" \"sources\": [] }\n  ]\n}";

        var error = Assert.Single(Assert.Throws<SeedException>(() => Parse(json)).Errors);

        Assert.Equal(4, error.Line);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var seeds = Parse("""
            {
              // hand-edited
              "format": "budgetharvest-seeds/1",
              "units": [ { "name": "A", "sources": [ { "pdf": "https://a/1.pdf" }, ], }, ],
            }
            """);

        Assert.Single(seeds.Units);
    }

    private static SeedList Parse(string json) => SeedLoader.Parse(Encoding.UTF8.GetBytes(json), "test.json", Base);
}
