using BudgetHarvest.Web.Security;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// <c>--hash-password</c>: reads a password from standard input and prints the hash to configure as
/// <c>Dashboard:Users:N:PasswordHash</c>, so no password is ever written in clear to configuration.
/// It runs before any host is built (no configuration, database or SDK needed), so the published app
/// and the container image answer it: <c>docker compose run --rm --no-deps -T web --hash-password</c>.
/// </summary>
public static class PasswordHashCommand
{
    public const string Option = "--hash-password";

    /// <summary>True when the host was started to hash a password instead of serving.</summary>
    public static bool IsRequested(string[] args) => args.Length == 1 && args[0] == Option;

    /// <summary>Hashes the first line of <paramref name="input"/>; returns the process exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error)
    {
        var password = input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("error: give the password on standard input, e.g. `read -rs P; echo \"$P\" | docker compose run --rm --no-deps -T web --hash-password` " +
                            "(or `| dotnet BudgetHarvest.Web.dll --hash-password` in a published app).");
            return 2;
        }

        output.WriteLine(DashboardCredentials.Hash(password));
        return 0;
    }
}
