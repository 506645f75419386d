using Metrc.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Logging;
using WireMock.Server;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>A WireMock server on loopback plus a DI container whose Metrc client points at it.</summary>
internal sealed class WireMockMetrc : IDisposable
{
    public const string License = "LIC-0001";
    public const string VendorKey = "vendor-key-ABC";
    public const string UserKey = "user-key-XYZ";

    private WireMockMetrc(WireMockServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
        Client = services.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IMetrcClient Client { get; }

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public static WireMockMetrc Start(
        Action<MetrcClientOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<IMetrcClientBuilder>? builder = null)
    {
        WireMockServer server = WireMockServer.Start();
        try
        {
            var collection = new ServiceCollection();
            collection.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace));
            services?.Invoke(collection);
            IMetrcClientBuilder metrc = collection.AddMetrcClient(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri(server.Url!) };
                o.VendorKey = VendorKey;
                o.UserKey = UserKey;
                o.MaxRetryAttempts = 0;

                // These tests check wire behaviour with placeholder rows (tags like "T-1"); client-side validation has its
                // own tests (Validation/), which turn it back on through configure.
                o.Validation.Mode = MetrcValidationMode.Disabled;
                configure?.Invoke(o);
            });
            builder?.Invoke(metrc);
            return new WireMockMetrc(server, collection.BuildServiceProvider(validateScopes: true));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
