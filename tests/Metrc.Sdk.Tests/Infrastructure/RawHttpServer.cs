using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>
/// A loopback TCP server for faults WireMock cannot produce: it reads each request's head, then hands the connection to
/// <c>handle</c> (answer badly, hang, stream forever, ...) and closes it afterwards.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly Func<Socket, CancellationToken, Task> _handle;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public RawHttpServer(Func<Socket, CancellationToken, Task> handle)
    {
        _handle = handle;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptLoopAsync();
    }

    public Uri Url { get; }

    public int RequestsReceived => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
                _ = ServeAsync(socket, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken stop)
    {
        using (socket)
        {
            try
            {
                var buffer = new byte[8192];
                var received = new StringBuilder();
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int read = await socket.ReceiveAsync(buffer, SocketFlags.None, stop);
                    if (read == 0)
                    {
                        return;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                Interlocked.Increment(ref _requests);
                await _handle(socket, stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server stopped.
            }
        }
    }
}
