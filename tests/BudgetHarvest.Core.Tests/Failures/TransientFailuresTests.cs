using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Core.Tests.Failures;

/// <summary>One exception root: retry decisions read <see cref="BudgetHarvestException.IsTransient"/> and <see cref="BudgetHarvestException.Code"/>, platform failures by their type.</summary>
public sealed class TransientFailuresTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void IsTransient_ProjectFailure_IsWhatItDeclares(bool transient)
    {
        Assert.Equal(transient, TransientFailures.IsTransient(new PortalFailure("http_503", transient)));
    }

    [Fact]
    public void IsTransient_ProjectFailureWrapped_IsWhatTheWrappedOneDeclares()
    {
        Assert.True(TransientFailures.IsTransient(new InvalidOperationException("wrapped", new PortalFailure("http_503", transient: true))));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException("wrapped", new PortalFailure("http_404", transient: false))));
    }

    [Fact]
    public void IsTransient_PlatformFailures_ByTheirKind()
    {
        Assert.True(TransientFailures.IsTransient(new TimeoutException()));
        Assert.True(TransientFailures.IsTransient(new HttpRequestException()));
        Assert.True(TransientFailures.IsTransient(new IOException("disk busy")));
        Assert.False(TransientFailures.IsTransient(new FileNotFoundException("gone")));
        Assert.False(TransientFailures.IsTransient(new DirectoryNotFoundException("gone")));
        Assert.False(TransientFailures.IsTransient(new FormatException()));
    }

    [Fact]
    public void CodeOf_ProjectFailure_IsItsCodeAndOtherwiseUnexpected()
    {
        Assert.Equal("http_503", TransientFailures.CodeOf(new PortalFailure("http_503", transient: true)));
        Assert.Equal(BudgetHarvestException.UnexpectedCode, TransientFailures.CodeOf(new FormatException()));
    }

    [Fact]
    public void Message_ProjectFailure_IsTheMessageWithoutItsCode()
    {
        var failure = new PortalFailure("http_503", transient: true);

        Assert.Equal("The portal answered http_503.", failure.Message);
    }

    /// <summary>A stage's failure as every stage declares one: a code and whether it may pass.</summary>
    private sealed class PortalFailure(string code, bool transient) : BudgetHarvestException(code, $"The portal answered {code}.")
    {
        public override bool IsTransient => transient;
    }
}
