namespace Metrc.Sdk.Models;

/// <summary>
/// A value from a closed set Metrc documents (a lab testing state, a package type, ...), kept as its string so that a
/// value Metrc adds later reads as an unknown value instead of failing.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
public interface IMetrcValue<TSelf>
    where TSelf : struct, IMetrcValue<TSelf>
{
    /// <summary>The value as Metrc spells it.</summary>
    string Value { get; }

    /// <summary>Whether the value is one the SDK documents (not a value Metrc added later).</summary>
    bool IsKnown { get; }

    /// <summary>The value for a string Metrc sent.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value, known or not.</returns>
    static abstract TSelf From(string value);
}
