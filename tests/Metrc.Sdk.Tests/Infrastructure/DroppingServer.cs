using System.Net.Sockets;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP server that reads each request in full and then never answers: it either resets the connection
/// (the "connection dropped after the server got the request" fault) or holds it open until disposed (a hung server).
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly RawHttpServer _server;

    public DroppingServer(bool hang = false)
    {
        _server = new RawHttpServer(async (socket, stop) =>
        {
            if (hang)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException)
                {
                }
            }

            socket.LingerState = new LingerOption(true, 0); // close with RST
        });
    }

    public Uri Url => _server.Url;

    public int RequestsReceived => _server.RequestsReceived;

    public void Dispose() => _server.Dispose();
}
