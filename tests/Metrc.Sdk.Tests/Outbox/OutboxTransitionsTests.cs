using Metrc.Sdk.Outbox;

namespace Metrc.Sdk.Tests.Outbox;

public sealed class OutboxTransitionsTests
{
    private static readonly HashSet<(OutboxEntryStatus, OutboxEntryStatus)> s_allowed =
    [
        (OutboxEntryStatus.PendingReview, OutboxEntryStatus.Pending),
        (OutboxEntryStatus.PendingReview, OutboxEntryStatus.Rejected),
        (OutboxEntryStatus.PendingReview, OutboxEntryStatus.Canceled),
        (OutboxEntryStatus.Pending, OutboxEntryStatus.InFlight),
        (OutboxEntryStatus.Pending, OutboxEntryStatus.Canceled),
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.InFlight),
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.Succeeded),
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.Pending),
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.Failed),
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.DeadLettered),
        (OutboxEntryStatus.Failed, OutboxEntryStatus.Pending),
        (OutboxEntryStatus.Failed, OutboxEntryStatus.Canceled),
        (OutboxEntryStatus.DeadLettered, OutboxEntryStatus.Pending),
        (OutboxEntryStatus.DeadLettered, OutboxEntryStatus.Canceled),
    ];

    [Fact]
    public void Exactly_the_documented_transitions_are_allowed()
    {
        foreach (OutboxEntryStatus from in Enum.GetValues<OutboxEntryStatus>())
        {
            foreach (OutboxEntryStatus to in Enum.GetValues<OutboxEntryStatus>())
            {
                Assert.True(s_allowed.Contains((from, to)) == OutboxTransitions.IsAllowed(from, to), $"{from} -> {to}");
            }
        }
    }

    [Fact]
    public void Final_states_allow_no_move()
    {
        foreach (OutboxEntryStatus status in Enum.GetValues<OutboxEntryStatus>().Where(OutboxTransitions.IsFinal))
        {
            Assert.DoesNotContain(Enum.GetValues<OutboxEntryStatus>(), to => OutboxTransitions.IsAllowed(status, to));
        }

        Assert.Equal(
            [OutboxEntryStatus.Succeeded, OutboxEntryStatus.Rejected, OutboxEntryStatus.Canceled],
            Enum.GetValues<OutboxEntryStatus>().Where(OutboxTransitions.IsFinal));
    }
}
