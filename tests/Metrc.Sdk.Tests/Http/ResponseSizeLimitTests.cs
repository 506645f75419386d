using System.Net;
using System.Net.Sockets;
using System.Text;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Metrc.Sdk.Tests.Http;

/// <summary>Response bodies are read up to <see cref="MetrcClientOptions.MaxResponseBodySize"/>: a hostile endless body ends the read.</summary>
public sealed class ResponseSizeLimitTests
{
    [Fact]
    public void The_default_maximum_is_64_MiB()
    {
        Assert.Equal(64 * 1024 * 1024, new MetrcClientOptions().MaxResponseBodySize);
    }

    [Fact]
    public async Task An_endless_body_ends_in_a_format_error_with_bounded_allocation()
    {
        using var server = new EndlessServer(declareLength: false);
        using ServiceProvider services = Services(server.Url, maxBody: 1024 * 1024);
        IMetrcClient client = services.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);
        await Assert.ThrowsAnyAsync<MetrcException>(() => client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync()); // warm-up

        long before = GC.GetTotalAllocatedBytes(precise: true);
        MetrcResponseFormatException ex = await Assert.ThrowsAsync<MetrcResponseFormatException>(
            () => client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync());
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Contains("MaxResponseBodySize", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.True(server.BytesSent > 1024 * 1024, $"the server sent only {server.BytesSent} bytes");

        // The body is cut at 1 MiB: a pooled buffer of at most 2 MiB, plus the rest of the process's allocations while the
        // test ran (other tests run in parallel); an unbounded read would never end.
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public async Task A_body_declared_longer_than_the_maximum_is_not_read()
    {
        using var server = new EndlessServer(declareLength: true);
        using ServiceProvider services = Services(server.Url, maxBody: 1024 * 1024);
        IMetrcClient client = services.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);

        MetrcResponseFormatException ex = await Assert.ThrowsAsync<MetrcResponseFormatException>(
            () => client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync());

        Assert.Contains("declares", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Uri url, int maxBody)
    {
        var services = new ServiceCollection();
        services.AddMetrcClient(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = url };
            o.VendorKey = WireMockMetrc.VendorKey;
            o.UserKey = WireMockMetrc.UserKey;
            o.MaxRetryAttempts = 0;
            o.MaxResponseBodySize = maxBody;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Answers every request with 200 and a JSON body that never ends (chunked, or declaring 10 GB) until the client goes away.</summary>
    private sealed class EndlessServer : IDisposable
    {
        private readonly RawHttpServer _server;
        private long _sent;

        public EndlessServer(bool declareLength)
        {
            byte[] head = Encoding.ASCII.GetBytes((declareLength
                ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n") + "{\"Data\":[");
            byte[] rows = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"Id\":1,\"Name\":\"Blue Dream\"},", 1000)));
            _server = new RawHttpServer(async (socket, stop) =>
            {
                await socket.SendAsync(head, SocketFlags.None, stop);
                while (!stop.IsCancellationRequested)
                {
                    Interlocked.Add(ref _sent, await socket.SendAsync(rows, SocketFlags.None, stop));
                }
            });
        }

        public Uri Url => _server.Url;

        public long BytesSent => Interlocked.Read(ref _sent);

        public void Dispose() => _server.Dispose();
    }
}
