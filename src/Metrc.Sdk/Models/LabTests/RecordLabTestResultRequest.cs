using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record lab test result request.</summary>
public sealed record RecordLabTestResultRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Result date.</summary>
    public OffsetDateTime? ResultDate { get; init; }

    /// <summary>Document file name.</summary>
    public string? DocumentFileName { get; init; }

    /// <summary>Document file base 64.</summary>
    public string? DocumentFileBase64 { get; init; }

    /// <summary>Results.</summary>
    public IReadOnlyList<LabTestResultRequest>? Results { get; init; }
}
