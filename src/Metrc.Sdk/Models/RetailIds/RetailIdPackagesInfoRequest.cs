using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A request for the Retail ID information of packages (<c>POST retailid/v2/packages/info</c>).</summary>
public sealed record RetailIdPackagesInfoRequest
{
    /// <summary>The tags of the packages.</summary>
    [JsonPropertyName("packageLabels")]
    public required IReadOnlyList<string> PackageLabels { get; init; }
}
