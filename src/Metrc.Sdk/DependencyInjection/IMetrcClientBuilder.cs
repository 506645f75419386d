namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddMetrcClient</c> to configure the Metrc clients further.</summary>
public interface IMetrcClientBuilder
{
    /// <summary>The service collection the clients are registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>The named <see cref="HttpClient"/> every Metrc client sends through (add handlers here).</summary>
    IHttpClientBuilder HttpClientBuilder { get; }
}
