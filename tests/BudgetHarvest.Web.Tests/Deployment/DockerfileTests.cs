using BudgetHarvest.Testing;

namespace BudgetHarvest.Web.Tests.Deployment;

/// <summary>
/// The image builds only if <c>dotnet restore</c> sees every project the Web host references: the
/// Dockerfile copies project files one by one before it (so the restore layer is cached), and a
/// project added to the closure but not to that list fails with NETSDK1004 in <c>docker build</c>.
/// </summary>
public sealed class DockerfileTests
{
    private const string WebProject = "src/BudgetHarvest.Web/BudgetHarvest.Web.csproj";

    private static readonly string Dockerfile = Path.Combine(Fixtures.RepositoryRoot, "src", "BudgetHarvest.Web", "Dockerfile");

    [Fact]
    public void RestoreLayer_EveryProjectAndBuildFileTheWebHostNeeds_IsCopiedBeforeRestore()
    {
        var layer = DockerfileRestoreLayer.Parse(File.ReadAllText(Dockerfile));
        var projects = ProjectClosure.Of(Fixtures.RepositoryRoot, WebProject);

        var missing = projects.Concat(ProjectClosure.ImportedBy(Fixtures.RepositoryRoot, projects)).Where(f => !layer.Copies(f)).ToList();

        Assert.True(missing.Count == 0, $"src/BudgetHarvest.Web/Dockerfile must COPY these before `dotnet restore`: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ProjectClosure_WebHost_FollowsReferencesOfReferences()
    {
        var projects = ProjectClosure.Of(Fixtures.RepositoryRoot, WebProject);

        Assert.Contains(WebProject, projects);
        Assert.Contains("src/BudgetHarvest.Classification/BudgetHarvest.Classification.csproj", projects);
        Assert.Contains("src/BudgetHarvest.Core/BudgetHarvest.Core.csproj", projects);
        Assert.DoesNotContain(projects, p => p.Contains("Tests", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("src/BudgetHarvest.Classification/BudgetHarvest.Classification.csproj", false)]
    [InlineData("src/BudgetHarvest.Core/BudgetHarvest.Core.csproj", true)]
    [InlineData("src/BudgetHarvest.Web/Program.cs", false)] // copied only after the restore
    [InlineData("Directory.Build.props", true)]
    [InlineData("src/BudgetHarvest.Sandbox/BudgetHarvest.Sandbox.csproj", true)] // by the wildcard
    public void Copies_TheIssue16Dockerfile_FindsWhatIsCopiedBeforeRestore(string file, bool copied)
    {
        var layer = DockerfileRestoreLayer.Parse("""
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            COPY global.json Directory.Build.props Directory.Packages.props ./
            # a comment
            COPY src/BudgetHarvest.Core/BudgetHarvest.Core.csproj \
                 src/BudgetHarvest.Core/
            COPY ["src/BudgetHarvest.Web/BudgetHarvest.Web.csproj", "src/BudgetHarvest.Web/"]
            COPY --from=tools /x.csproj src/BudgetHarvest.Classification/BudgetHarvest.Classification.csproj
            COPY src/BudgetHarvest.Sand*/*.csproj src/
            RUN dotnet restore src/BudgetHarvest.Web/BudgetHarvest.Web.csproj
            COPY src/ src/
            """);

        Assert.Equal(copied, layer.Copies(file));
    }
}
