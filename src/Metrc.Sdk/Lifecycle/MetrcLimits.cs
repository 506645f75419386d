namespace Metrc.Sdk.Lifecycle;

/// <summary>Numeric limits of Metrc that the SDK designs against. Where a state differs, options override these.</summary>
public static class MetrcLimits
{
    /// <summary>Length of every plant and package tag.</summary>
    public const int TagLength = 24;

    /// <summary>Most packages on one licensed transfer manifest (Metrc bulletin, 2020).</summary>
    public const int MaxTransferPackages = 200;

    /// <summary>Common per-batch plant cap; states may differ.</summary>
    public const int DefaultPlantBatchCap = 100;

    /// <summary>Default rows per write request (Metrc publishes no single limit; integrators use 500).</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Decimal places Metrc keeps for quantities.</summary>
    public const int QuantityDecimalPlaces = 4;
}
