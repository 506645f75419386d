namespace Metrc.Sdk.Models;

/// <summary>A payment type a facility accepts for deliveries.</summary>
public sealed record PaymentType
{
    /// <summary>The payment type's name (for example <c>Cash</c>).</summary>
    public string? Name { get; init; }
}
