using Microsoft.Extensions.Options;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>Refuses sandbox settings that could not work, at start rather than at the first document.</summary>
public sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    /// <summary>Fewest megabytes a worker needs to load the runtime, PdfPig and the classifier.</summary>
    public const int MinimumMemoryMegabytes = 128;

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Problems(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Throws when the settings are invalid; for hosts without options validation.</summary>
    /// <exception cref="OptionsValidationException">A setting is out of range.</exception>
    public static SandboxOptions Checked(SandboxOptions options)
    {
        var result = new SandboxOptionsValidator().Validate(null, options);
        return result.Failed ? throw new OptionsValidationException(SandboxOptions.Section, typeof(SandboxOptions), result.Failures) : options;
    }

    private static IEnumerable<string> Problems(SandboxOptions options)
    {
        if (options.PoolSize < 1)
        {
            yield return $"{SandboxOptions.Section}:{nameof(SandboxOptions.PoolSize)} must be at least 1 (got {options.PoolSize}).";
        }

        if (options.HeapLimitMegabytes < MinimumMemoryMegabytes)
        {
            yield return $"{SandboxOptions.Section}:{nameof(SandboxOptions.HeapLimitMegabytes)} must be at least {MinimumMemoryMegabytes} (got {options.HeapLimitMegabytes}).";
        }

        if (options.MemoryLimitMegabytes < options.HeapLimitMegabytes)
        {
            yield return $"{SandboxOptions.Section}:{nameof(SandboxOptions.MemoryLimitMegabytes)} ({options.MemoryLimitMegabytes}) must be at least {nameof(SandboxOptions.HeapLimitMegabytes)} ({options.HeapLimitMegabytes}).";
        }

        foreach (var (setting, value) in new[] { (nameof(SandboxOptions.KillGrace), options.KillGrace), (nameof(SandboxOptions.StartTimeout), options.StartTimeout), (nameof(SandboxOptions.MemoryPollInterval), options.MemoryPollInterval) })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"{SandboxOptions.Section}:{setting} must be positive (got {value}).";
            }
        }

        if (options.WorkerPath is { } path && !File.Exists(path))
        {
            yield return $"{SandboxOptions.Section}:{nameof(SandboxOptions.WorkerPath)} {path} does not exist.";
        }
    }
}
