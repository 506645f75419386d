using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: complete sales delivery request.</summary>
public sealed record CompleteSalesDeliveryRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Actual arrival date time.</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Payment type.</summary>
    public string? PaymentType { get; init; }

    /// <summary>Accepted packages.</summary>
    public IReadOnlyList<string>? AcceptedPackages { get; init; }

    /// <summary>Returned packages.</summary>
    public IReadOnlyList<ReturnedPackageRequest>? ReturnedPackages { get; init; }
}
