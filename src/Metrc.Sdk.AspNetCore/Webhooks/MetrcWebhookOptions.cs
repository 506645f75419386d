namespace Metrc.Sdk.AspNetCore;

/// <summary>Options of the Metrc webhook endpoints.</summary>
public sealed class MetrcWebhookOptions
{
    /// <summary>The callbacks to accept.</summary>
    public IList<MetrcWebhookEndpoint> Endpoints { get; } = [];

    /// <summary>The largest body accepted, in bytes; larger callbacks are answered 413. Default: 16 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Raises the ASP.NET Core log categories that write request paths (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>,
    /// request start at Information; <c>Microsoft.AspNetCore.Routing.Matching</c>, at Debug) to Warning for the whole
    /// application, because callback URLs carry their secret. Turn off only if those logs never leave a trusted place.
    /// HTTP logging middleware, when used, must not log the path of these requests either. Default: true.
    /// </summary>
    public bool SuppressRequestUrlLogging { get; set; } = true;
}
