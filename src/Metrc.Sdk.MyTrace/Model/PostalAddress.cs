namespace Metrc.Sdk.MyTrace;

/// <summary>A postal address, used by MyTrace licensees and accounts and by partner accounts.</summary>
public sealed record PostalAddress
{
    /// <summary>First street line.</summary>
    public string? Street1 { get; init; }

    /// <summary>Second street line (suite, unit).</summary>
    public string? Street2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State or province code (for example <c>CO</c>).</summary>
    public string? State { get; init; }

    /// <summary>Postal (ZIP) code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166 alpha-2 country code (for example <c>US</c>).</summary>
    public string? Country { get; init; }
}
