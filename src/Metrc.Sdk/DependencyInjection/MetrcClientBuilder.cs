namespace Microsoft.Extensions.DependencyInjection;

internal sealed class MetrcClientBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder) : IMetrcClientBuilder
{
    public IServiceCollection Services { get; } = services;

    public IHttpClientBuilder HttpClientBuilder { get; } = httpClientBuilder;
}
