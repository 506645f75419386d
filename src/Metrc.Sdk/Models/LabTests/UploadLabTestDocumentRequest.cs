namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: upload lab test document request.</summary>
public sealed record UploadLabTestDocumentRequest
{
    /// <summary>Lab test result id.</summary>
    public long? LabTestResultId { get; init; }

    /// <summary>Document file name.</summary>
    public string? DocumentFileName { get; init; }

    /// <summary>Document file base 64.</summary>
    public string? DocumentFileBase64 { get; init; }
}
