using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP server that reads each request in full and then never answers: it either resets the connection
/// (the "connection dropped after the server got the request" fault) or holds it open until disposed (a hung server).
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly bool _hang;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public DroppingServer(bool hang = false)
    {
        _hang = hang;
        _listener = new TcpListener(IPAddress.Loopback, 0);
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
                _ = DropAfterRequestAsync(socket);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task DropAfterRequestAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[8192];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                int read = await socket.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            Interlocked.Increment(ref _requests);
            if (_hang)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }

            socket.LingerState = new LingerOption(true, 0); // close with RST
        }
    }
}
