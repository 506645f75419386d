namespace Metrc.Sdk;

/// <summary>
/// The two keys Metrc requires on every call: the integrator's vendor key and the licensee employee's user key.
/// </summary>
/// <remarks>
/// Sent as HTTP Basic credentials (vendor key as user name, user key as password) on each request.
/// The keys are never written by <see cref="ToString"/>, logs, exception messages or telemetry.
/// </remarks>
public sealed class MetrcCredentials : IEquatable<MetrcCredentials>
{
    /// <summary>Creates credentials from a vendor (integrator) key and a user key.</summary>
    /// <exception cref="ArgumentException">A key is null, empty or white space, or contains a colon.</exception>
    public MetrcCredentials(string vendorKey, string userKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendorKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        if (vendorKey.Contains(':', StringComparison.Ordinal))
        {
            // A colon would split the Basic credentials in the wrong place on the server side.
            throw new ArgumentException("The vendor key must not contain ':'.", nameof(vendorKey));
        }

        VendorKey = vendorKey;
        UserKey = userKey;
    }

    /// <summary>The integrator's vendor API key (HTTP Basic user name).</summary>
    public string VendorKey { get; }

    /// <summary>The licensee employee's user API key (HTTP Basic password).</summary>
    public string UserKey { get; }

    /// <summary>Returns a redacted description that never contains either key.</summary>
    public override string ToString() => "MetrcCredentials { VendorKey = ***, UserKey = *** }";

    /// <inheritdoc />
    public bool Equals(MetrcCredentials? other) =>
        other is not null
        && string.Equals(VendorKey, other.VendorKey, StringComparison.Ordinal)
        && string.Equals(UserKey, other.UserKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetrcCredentials);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(VendorKey), StringComparer.Ordinal.GetHashCode(UserKey));
}
