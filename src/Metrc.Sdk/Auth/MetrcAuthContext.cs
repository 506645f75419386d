namespace Metrc.Sdk.Auth;

/// <summary>What the auth handler needs to authorize one request; travels in <see cref="HttpRequestMessage.Options"/>.</summary>
internal sealed class MetrcAuthContext(IMetrcCredentialProvider provider, MetrcCredentialContext context, MetrcCredentials? overrideCredentials)
{
    public static readonly HttpRequestOptionsKey<MetrcAuthContext> Key = new("Metrc.Sdk.Auth");

    public IMetrcCredentialProvider Provider { get; } = provider;

    public MetrcCredentialContext Context { get; } = context;

    public MetrcCredentials? OverrideCredentials { get; } = overrideCredentials;

    /// <summary>Whether the request goes to Metrc's webhook host, which takes the vendor key in <c>X-Metrc-Auth</c> instead of Basic auth.</summary>
    public bool VendorKeyHeader { get; init; }
}
