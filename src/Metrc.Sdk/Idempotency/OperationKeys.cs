using System.Security.Cryptography;
using System.Text;

namespace Metrc.Sdk.Idempotency;

/// <summary>Derives operation keys from what makes a write unique: operation, facility and the rows' natural keys.</summary>
public static class OperationKeys
{
    /// <summary>
    /// A stable key for a write of rows with the given natural keys (tags, labels, receipt numbers, batch names) in
    /// order: the same write derives the same key in any process, a different write a different one.
    /// </summary>
    /// <param name="operation">The operation name (for example <c>Packages.Create</c>).</param>
    /// <param name="licenseNumber">The facility.</param>
    /// <param name="naturalKeys">The rows' natural keys, in row order.</param>
    public static string Derive(string operation, string licenseNumber, IEnumerable<string> naturalKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(licenseNumber);
        ArgumentNullException.ThrowIfNull(naturalKeys);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, operation);
        Append(hash, licenseNumber);
        foreach (string key in naturalKeys)
        {
            Append(hash, key ?? throw new ArgumentException("A natural key is null.", nameof(naturalKeys)));
        }

        return $"{operation}:{licenseNumber}:{Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16))}";
    }

    private static void Append(IncrementalHash hash, string value)
    {
        // Length-prefixed so ("ab","c") and ("a","bc") differ.
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, value.Length);
        hash.AppendData(length);
        hash.AppendData(Encoding.UTF8.GetBytes(value));
    }
}
