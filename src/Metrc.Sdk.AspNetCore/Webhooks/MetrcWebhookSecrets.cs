using System.Security.Cryptography;

namespace Metrc.Sdk.AspNetCore;

/// <summary>Makes callback URL secrets.</summary>
public static class MetrcWebhookSecrets
{
    /// <summary>A new secret: 32 random bytes (256 bits) from the OS's CSPRNG, base64url (43 URL-safe characters).</summary>
    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
