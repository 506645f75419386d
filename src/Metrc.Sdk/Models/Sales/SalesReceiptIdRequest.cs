namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: sales receipt id request.</summary>
public sealed record SalesReceiptIdRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }
}
