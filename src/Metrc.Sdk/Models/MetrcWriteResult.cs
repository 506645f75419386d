namespace Metrc.Sdk.Models;

/// <summary>What Metrc answers to a write: the ids it created or touched and any warnings, in request order.</summary>
public sealed record MetrcWriteResult
{
    /// <summary>A result with no ids and no warnings (older endpoints answer 200 with an empty body).</summary>
    public static MetrcWriteResult Empty { get; } = new();

    /// <summary>The ids Metrc returned, in the order of the submitted rows (empty when the endpoint returns none).</summary>
    public IReadOnlyList<long> Ids { get; init; } = [];

    /// <summary>Warnings Metrc attached to an accepted write.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
