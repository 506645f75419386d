using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: set package dates request.</summary>
public sealed record SetPackageDatesRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Expiration date.</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell by date.</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use by date.</summary>
    public LocalDate? UseByDate { get; init; }
}
