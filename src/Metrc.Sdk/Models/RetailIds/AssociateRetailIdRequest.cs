namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: associate retail id request.</summary>
public sealed record AssociateRetailIdRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Qr urls.</summary>
    public IReadOnlyList<string>? QrUrls { get; init; }
}
