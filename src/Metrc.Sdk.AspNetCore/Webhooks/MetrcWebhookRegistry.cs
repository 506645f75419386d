using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.AspNetCore;

/// <summary>
/// The callbacks the webhook endpoints accept, changeable at run time (secret rotation). Starts from
/// <see cref="MetrcWebhookOptions.Endpoints"/>. Secrets are kept as SHA-256 digests and compared in constant time.
/// </summary>
public sealed class MetrcWebhookRegistry
{
    private const int MinimumSecretLength = 16;
    private static readonly byte[] s_nothing = SHA256.HashData("\u0000"u8);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates the registry from the options' endpoints.</summary>
    /// <exception cref="ArgumentException">An endpoint is invalid (the message names it, never its secret).</exception>
    public MetrcWebhookRegistry(IOptions<MetrcWebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (MetrcWebhookEndpoint endpoint in options.Value.Endpoints)
        {
            Set(endpoint);
        }
    }

    /// <summary>Adds or replaces a callback (e.g. after registering a new subscription or rotating its secret).</summary>
    /// <exception cref="ArgumentException">The name, object type or a secret is invalid.</exception>
    public void Set(MetrcWebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (string.IsNullOrEmpty(endpoint.Name) || endpoint.Name.Length > 100 || !endpoint.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"Webhook endpoint name '{endpoint.Name}' must be 1-100 letters, digits, '-', '_' or '.'.", nameof(endpoint));
        }

        if (!Sdk.Webhooks.MetrcWebhookObjectTypes.IsKnown(endpoint.ObjectType))
        {
            throw new ArgumentException($"Webhook endpoint '{endpoint.Name}': '{endpoint.ObjectType}' is not a Metrc object type.", nameof(endpoint));
        }

        if (endpoint.Secrets.Count == 0 || endpoint.Secrets.Any(s => s is null || s.Length < MinimumSecretLength))
        {
            throw new ArgumentException($"Webhook endpoint '{endpoint.Name}' needs at least one secret of {MinimumSecretLength}+ characters (MetrcWebhookSecrets.Create() makes one).", nameof(endpoint));
        }

        _entries[endpoint.Name] = new Entry(endpoint.ObjectType, endpoint.LicenseNumber, [.. endpoint.Secrets.Select(Digest)]);
    }

    /// <summary>Removes a callback; its URL is answered 401 from now on.</summary>
    public bool Remove(string name) => _entries.TryRemove(name, out _);

    /// <summary>
    /// Finds the callback named <paramref name="name"/> whose secrets include <paramref name="secret"/>. Takes the
    /// same time whether the name is unknown, the secret wrong or right (for a given number of accepted secrets).
    /// </summary>
    internal bool TryAuthenticate(string name, ReadOnlySpan<char> secret, out string objectType, out string? licenseNumber)
    {
        Span<byte> presented = stackalloc byte[SHA256.HashSizeInBytes];
        int length = Encoding.UTF8.GetMaxByteCount(secret.Length);
        byte[] buffer = new byte[length];
        int written = Encoding.UTF8.GetBytes(secret, buffer);
        SHA256.HashData(buffer.AsSpan(0, written), presented);
        CryptographicOperations.ZeroMemory(buffer);

        bool known = _entries.TryGetValue(name, out Entry? entry);
        bool match = false;
        foreach (byte[] digest in known ? entry!.Digests : [s_nothing])
        {
            // No early exit: every accepted secret is compared.
            match |= CryptographicOperations.FixedTimeEquals(presented, digest);
        }

        objectType = entry?.ObjectType ?? string.Empty;
        licenseNumber = entry?.LicenseNumber;
        return known && match && secret.Length > 0;
    }

    private static byte[] Digest(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private sealed record Entry(string ObjectType, string? LicenseNumber, byte[][] Digests);
}
