using System.Diagnostics;
using BudgetHarvest.Web.Security;

namespace BudgetHarvest.Web.Tests.Deployment;

/// <summary>
/// The Web host's own binary as the image starts it (<c>dotnet BudgetHarvest.Web.dll ARGS</c>: the
/// runtime only, no SDK, no <c>dotnet run</c>), so what the README and compose file tell operators works.
/// </summary>
public sealed class PublishedAppTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task HashPassword_RunAsTheImageRunsIt_PrintsAHashOfTheStandardInput()
    {
        var (exitCode, output, error) = await RunAsync(["--hash-password"], "s3cret pass\n");

        Assert.True(exitCode == 0, error);
        var hash = output.Trim();
        Assert.DoesNotContain("s3cret", hash, StringComparison.Ordinal);
        Assert.Null(DashboardCredentials.Problem(new DashboardAccessOptions { Users = [new DashboardUser { Username = "a", PasswordHash = hash }] }));
    }

    [Fact]
    public async Task HashPassword_NoInput_ExitsWithUsageNamingTheContainerCommand()
    {
        var (exitCode, output, error) = await RunAsync(["--hash-password"], "");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("docker compose run", error, StringComparison.Ordinal);
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await error);
    }
}
