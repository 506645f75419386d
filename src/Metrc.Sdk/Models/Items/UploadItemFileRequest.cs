namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: upload item file request.</summary>
public sealed record UploadItemFileRequest
{
    /// <summary>File name.</summary>
    public string? FileName { get; init; }

    /// <summary>Encoded image base 64.</summary>
    public string? EncodedImageBase64 { get; init; }
}
