using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A request to merge Retail ID QR codes of packages (<c>POST retailid/v2/merge</c>).</summary>
public sealed record MergeRetailIdRequest
{
    /// <summary>The tags of the packages whose codes are merged.</summary>
    [JsonPropertyName("packageLabels")]
    public required IReadOnlyList<string> PackageLabels { get; init; }
}
