namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: additive ingredient.</summary>
public sealed record AdditiveIngredient
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Percentage.</summary>
    public decimal? Percentage { get; init; }
}
