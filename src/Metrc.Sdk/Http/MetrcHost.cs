namespace Metrc.Sdk.Http;

/// <summary>The Metrc host an operation is served by.</summary>
internal enum MetrcHost
{
    /// <summary>The state's API host (<c>api-{xx}.metrc.com</c>), HTTP Basic auth with the vendor and user keys.</summary>
    Api,

    /// <summary>Metrc's webhook host (<see cref="MetrcClientOptions.WebhooksBaseAddress"/>), <c>X-Metrc-Auth</c> with the vendor key.</summary>
    Webhooks,
}
