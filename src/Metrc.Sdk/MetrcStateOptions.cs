namespace Metrc.Sdk;

/// <summary>Settings for one state that override <see cref="MetrcClientOptions"/>.</summary>
public sealed class MetrcStateOptions
{
    /// <summary>
    /// The base address to use instead of the state's default host: a sandbox, a proxy or a local emulator.
    /// Must be absolute and HTTPS, except for loopback addresses where plain HTTP is allowed.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Overrides <see cref="MetrcClientOptions.Environment"/> for this state when no base address is set.</summary>
    public MetrcEnvironment? Environment { get; set; }

    /// <summary>Rows per write request in this state when no operation-specific size applies; greater than 0 when set.</summary>
    public int? DefaultChunkSize { get; set; }

    /// <summary>Rate limits for this state instead of <see cref="MetrcClientOptions.Throttling"/>; <see langword="null"/> to use those.</summary>
    public MetrcThrottlingOptions? Throttling { get; set; }

    /// <summary>
    /// Rows per write request in this state by operation name (<c>Packages.Create</c>) or group name
    /// (<c>Transfers</c>), case-insensitive; values greater than 0. See <see cref="MetrcBatchingOptions"/>.
    /// </summary>
    public IDictionary<string, int> ChunkSizes { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lifecycle rules of this state instead of <see cref="MetrcStateRules.For"/> and <see cref="MetrcValidationOptions.StateRules"/>.</summary>
    public MetrcStateRules? ValidationRules { get; set; }
}
