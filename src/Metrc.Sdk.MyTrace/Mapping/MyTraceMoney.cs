namespace Metrc.Sdk.MyTrace;

/// <summary>Money rules: amounts are <see cref="decimal"/> and rounded to cents, halves away from zero.</summary>
public static class MyTraceMoney
{
    /// <summary>Rounds to two decimals with <see cref="MidpointRounding.AwayFromZero"/> (2.345 → 2.35, −2.345 → −2.35).</summary>
    /// <param name="amount">The amount.</param>
    public static decimal RoundToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The total of a line: quantity × unit price, rounded to cents.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="unitPrice">The price per unit.</param>
    public static decimal LineTotal(decimal quantity, decimal unitPrice) => RoundToCents(quantity * unitPrice);
}
