namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: returned package request.</summary>
public sealed record ReturnedPackageRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Return quantity verified.</summary>
    public decimal? ReturnQuantityVerified { get; init; }

    /// <summary>Return unit of measure.</summary>
    public string? ReturnUnitOfMeasure { get; init; }

    /// <summary>Return reason.</summary>
    public string? ReturnReason { get; init; }

    /// <summary>Return reason note.</summary>
    public string? ReturnReasonNote { get; init; }
}
