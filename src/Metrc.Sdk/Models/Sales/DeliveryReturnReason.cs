namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: delivery return reason.</summary>
public sealed record DeliveryReturnReason
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Requires note.</summary>
    public bool RequiresNote { get; init; }

    /// <summary>Requires waste weight.</summary>
    public bool RequiresWasteWeight { get; init; }

    /// <summary>Requires immature waste weight.</summary>
    public bool RequiresImmatureWasteWeight { get; init; }

    /// <summary>Requires mature waste weight.</summary>
    public bool RequiresMatureWasteWeight { get; init; }
}
