namespace Metrc.Sdk.Testing;

/// <summary>When and how a fault is injected. A request matches when its method and path match; then the fault fires
/// with <see cref="Probability"/> (seeded, reproducible), at most <see cref="Count"/> times when a count is given.</summary>
public sealed class EmulatorFaultRule
{
    /// <summary>The fault.</summary>
    public required EmulatorFaultKind Kind { get; init; }

    /// <summary>Chance per matching request, 0 to 1. Default: 1.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>How many times the rule may fire; unlimited when <see langword="null"/>.</summary>
    public int? Count { get; init; }

    /// <summary>Only requests with this HTTP method (for example <c>POST</c>); any when <see langword="null"/>.</summary>
    public string? Method { get; init; }

    /// <summary>Only requests whose path contains this text (for example <c>plantings</c>); any when <see langword="null"/>.</summary>
    public string? PathContains { get; init; }

    /// <summary>The delay for <see cref="EmulatorFaultKind.Latency"/>. Default: 200 ms.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many times the rule has fired so far.</summary>
    public int Fired => Volatile.Read(ref FiredCount);

    internal int FiredCount;
}
