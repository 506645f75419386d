using System.Net.Http.Headers;
using System.Text;
using Metrc.Sdk.Throttling;

namespace Metrc.Sdk.Auth;

/// <summary>
/// Attaches HTTP Basic credentials (vendor key : user key) to each outgoing request. Credentials are resolved per
/// request (and per retry attempt) and set on the <see cref="HttpRequestMessage"/> itself, never on a shared
/// <see cref="HttpClient.DefaultRequestHeaders"/>, so concurrent requests for different licensees cannot mix keys.
/// </summary>
internal sealed class MetrcAuthHandler : DelegatingHandler
{
    /// <summary>The header Metrc's webhook host reads the vendor key from.</summary>
    public const string WebhookAuthHeader = "X-Metrc-Auth";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(MetrcAuthContext.Key, out MetrcAuthContext? auth))
        {
            throw new InvalidOperationException("A Metrc request was sent without an auth context; requests must go through the Metrc client.");
        }

        MetrcCredentials credentials = auth.OverrideCredentials
            ?? await auth.Provider.GetCredentialsAsync(auth.Context, cancellationToken).ConfigureAwait(false)
            ?? throw new MetrcAuthenticationException(
                $"The credential provider returned no credentials for {auth.Context.State} licence '{auth.Context.LicenseNumber}'.",
                request.Method.Method,
                request.RequestUri?.PathAndQuery ?? string.Empty);

        // The header and the key's id are computed once per credentials object (a provider usually returns the same one).
        EncodedCredentials encoded = s_encoded.GetValue(credentials, static c => new EncodedCredentials(
            new AuthenticationHeaderValue("Basic", Encode(c)), ThrottleKey.VendorIdOf(c.VendorKey)));
        if (auth.VendorKeyHeader)
        {
            request.Headers.Remove(WebhookAuthHeader);
            request.Headers.TryAddWithoutValidation(WebhookAuthHeader, credentials.VendorKey);
        }
        else
        {
            request.Headers.Authorization = encoded.Header;
        }

        // The throttle counts per vendor key and facility; it gets the key's non-reversible id, never the key.
        request.Options.Set(ThrottleKey.OptionsKey, new ThrottleKey(
            auth.Context.State, encoded.VendorId, auth.Context.LicenseNumber, request.Method != HttpMethod.Get));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MetrcCredentials, EncodedCredentials> s_encoded = [];

    internal static string Encode(MetrcCredentials credentials) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.VendorKey + ":" + credentials.UserKey));
}

/// <summary>A credentials object's Basic header and the non-reversible id of its vendor key.</summary>
internal sealed record EncodedCredentials(AuthenticationHeaderValue Header, string VendorId);
