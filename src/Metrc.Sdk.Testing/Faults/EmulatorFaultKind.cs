namespace Metrc.Sdk.Testing;

/// <summary>What the emulator does wrong on purpose.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answers normally after <see cref="EmulatorFaultRule.Latency"/>.</summary>
    Latency,

    /// <summary>Answers 500 without applying the request.</summary>
    ErrorBeforeCommit,

    /// <summary>Applies the request, then answers 500: the client cannot know it was applied.</summary>
    ErrorAfterCommit,

    /// <summary>Applies the request, then drops the connection without an answer.</summary>
    AbortAfterCommit,

    /// <summary>Applies the request, sends part of the body, then drops the connection.</summary>
    TruncatedBody,

    /// <summary>Answers 429 without applying the request.</summary>
    TooManyRequests,
}
