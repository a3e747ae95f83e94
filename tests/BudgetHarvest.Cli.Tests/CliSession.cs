namespace BudgetHarvest.Cli.Tests;

/// <summary>Runs the command line in-process with captured output and a scratch folder removed afterwards.</summary>
internal sealed class CliSession : IDisposable
{
    public string Work { get; } = Directory.CreateTempSubdirectory("bh-cli-").FullName;

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public Task<int> Run(params string[] args) => CliApp.RunAsync(args, Output, Error);

    public void Dispose()
    {
        Directory.Delete(Work, recursive: true);
        Output.Dispose();
        Error.Dispose();
    }
}
