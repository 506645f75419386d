using System.Security.Cryptography;
using System.Text;

namespace Metrc.Sdk.Throttling;

/// <summary>
/// The partition a request counts against: its state, its vendor key (as a non-reversible id, never the key), its
/// facility (when the call names one) and whether it is a write.
/// </summary>
internal readonly record struct ThrottleKey(MetrcState State, string VendorId, string? Facility, bool IsWrite)
{
    /// <summary>Where the auth handler leaves the key for the throttling handler.</summary>
    public static readonly HttpRequestOptionsKey<ThrottleKey> OptionsKey = new("Metrc.Sdk.Throttle");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_ids = new(StringComparer.Ordinal);

    /// <summary>A short, stable, non-reversible id of a vendor key, safe for Redis key names and logs.</summary>
    public static string VendorIdOf(string vendorKey)
    {
        if (s_ids.TryGetValue(vendorKey, out string? id))
        {
            return id;
        }

        id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(vendorKey)), 0, 8);
        if (s_ids.Count < 1_024)
        {
            s_ids.TryAdd(vendorKey, id);
        }

        return id;
    }
}
