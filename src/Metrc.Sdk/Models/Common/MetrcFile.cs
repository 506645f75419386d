namespace Metrc.Sdk.Models;

/// <summary>A document Metrc returns (a manifest, a lab test document, an item photo).</summary>
public sealed record MetrcFile
{
    /// <summary>The document's bytes (sent by Metrc as base64 inside JSON, or as the raw body).</summary>
    public byte[]? FileContents { get; init; }

    /// <summary>The media type, for example <c>application/pdf</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The file name Metrc suggests.</summary>
    public string? FileDownloadName { get; init; }
}
