namespace BudgetHarvest.Cli.Tests.Commands;

/// <summary>Every command that reads files: a path that does not exist, or a folder with nothing to read, is a usage error (exit 2).</summary>
public sealed class InputPathTests : IDisposable
{
    private readonly CliSession _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("extract")]
    [InlineData("load")]
    public async Task Command_MissingPath_ExitsTwoNamingIt(string command)
    {
        var missing = Path.Combine(_cli.Work, "nonexistent");

        var exit = await _cli.Run([command, missing, .. Rest(command)]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"no such file or folder: {missing}", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", ".json")]
    [InlineData("extract", ".pdf")]
    [InlineData("load", ".json")]
    public async Task Command_FolderWithNothingToRead_ExitsTwo(string command, string extension)
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.Work, "empty")).FullName;

        var exit = await _cli.Run([command, empty, .. Rest(command)]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"no *{extension} files in the folder {empty}", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.Work, "warehouse.duckdb")));
    }

    private string[] Rest(string command) => command switch
    {
        "extract" => ["--out", Path.Combine(_cli.Work, "out")],
        "load" => ["--warehouse", Path.Combine(_cli.Work, "warehouse.duckdb")],
        _ => [],
    };
}
