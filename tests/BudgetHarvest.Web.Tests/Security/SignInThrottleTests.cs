using BudgetHarvest.Web.Security;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Tests.Security;

public sealed class SignInThrottleTests
{
    private readonly SteppedClock _clock = new();
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() =>
        _throttle = new SignInThrottle(Options.Create(new DashboardAccessOptions { SignInAttemptsPerMinute = 3 }), _clock);

    [Fact]
    public void IsLockedOut_FailuresFromAnotherAddress_DoNotLockOutTheUser()
    {
        Fail("203.0.113.9", "operator", times: 5);

        Assert.True(_throttle.IsLockedOut("203.0.113.9", "operator"));
        Assert.False(_throttle.IsLockedOut("198.51.100.7", "operator"));
    }

    [Fact]
    public void IsLockedOut_FailuresForAnotherUsername_DoNotLockOutThisOne()
    {
        Fail("203.0.113.9", "someone", times: 5);

        Assert.False(_throttle.IsLockedOut("203.0.113.9", "operator"));
    }

    [Fact]
    public void IsLockedOut_FewerFailuresThanTheLimit_IsFalseAndSuccessClearsThem()
    {
        Fail("198.51.100.7", "operator", times: 2);
        _throttle.RecordSuccess("198.51.100.7", "Operator ");
        Fail("198.51.100.7", "operator", times: 2);

        Assert.False(_throttle.IsLockedOut("198.51.100.7", "operator"));
    }

    [Fact]
    public void IsLockedOut_AfterTheWindow_IsFalseAgain()
    {
        Fail("203.0.113.9", "operator", times: 3);
        Assert.True(_throttle.IsLockedOut("203.0.113.9", "OPERATOR"));

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(_throttle.IsLockedOut("203.0.113.9", "operator"));
    }

    private void Fail(string client, string user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _throttle.RecordFailure(client, user);
        }
    }

    private sealed class SteppedClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
