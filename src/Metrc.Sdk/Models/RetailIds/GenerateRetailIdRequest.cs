namespace Metrc.Sdk.Models;

/// <summary>A request to generate Retail ID QR codes for a package (<c>POST retailid/v2/generate</c>).</summary>
public sealed record GenerateRetailIdRequest
{
    /// <summary>The package's tag.</summary>
    public required string PackageLabel { get; init; }

    /// <summary>How many codes to generate.</summary>
    public required int Quantity { get; init; }
}
