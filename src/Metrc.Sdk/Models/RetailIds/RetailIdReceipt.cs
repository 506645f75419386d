namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id receipt.</summary>
public sealed record RetailIdReceipt
{
    /// <summary>Eaches.</summary>
    public IReadOnlyList<string>? Eaches { get; init; }

    /// <summary>Sibling tags.</summary>
    public IReadOnlyList<string>? SiblingTags { get; init; }

    /// <summary>Requires verification.</summary>
    public bool RequiresVerification { get; init; }

    /// <summary>Ranges.</summary>
    public IReadOnlyList<string>? Ranges { get; init; }

    /// <summary>Qr count.</summary>
    public int? QrCount { get; init; }

    /// <summary>Child tag.</summary>
    public string? ChildTag { get; init; }

    /// <summary>Label source.</summary>
    public string? LabelSource { get; init; }
}
