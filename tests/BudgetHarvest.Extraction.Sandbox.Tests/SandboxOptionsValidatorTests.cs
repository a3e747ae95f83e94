using Microsoft.Extensions.Options;

namespace BudgetHarvest.Extraction.Sandbox.Tests;

public sealed class SandboxOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new SandboxOptionsValidator().Validate(null, new SandboxOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(0, 1024, 768, "PoolSize")]
    [InlineData(2, 1024, 64, "HeapLimitMegabytes")]
    [InlineData(2, 512, 768, "MemoryLimitMegabytes")]
    public void Validate_OutOfRange_FailsNamingTheSetting(int pool, int memory, int heap, string setting)
    {
        var options = new SandboxOptions { PoolSize = pool, MemoryLimitMegabytes = memory, HeapLimitMegabytes = heap };

        var result = new SandboxOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Extraction:Sandbox:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingWorkerPath_ThrowsBeforeAnyDocument()
    {
        var options = new SandboxOptions { WorkerPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".dll") };

        var error = Assert.Throws<OptionsValidationException>(() => new SandboxedExtractor(options, new Isolation.WorkerSettings()));

        Assert.Contains("WorkerPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroKillGrace_Throws()
    {
        Assert.Throws<OptionsValidationException>(() => new SandboxedExtractor(new SandboxOptions { KillGrace = TimeSpan.Zero }, new Isolation.WorkerSettings()));
    }
}
