using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> on 127.0.0.1 and a free port, started once per test collection and stopped after it.
/// A machine without redis-server fails the tests that need it (<c>.ci/test</c> installs it); they are never skipped.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private Process? _server;

    /// <summary>The server's address, for example <c>127.0.0.1:40123</c>.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A shared connection to the server.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "redis-server is not installed. Run .ci/test (it installs the Debian package redis-server) or `apt-get install -y redis-server`.");
        int port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no"])
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _server.OutputDataReceived += static (_, _) => { };
        _server.ErrorDataReceived += static (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        ConnectionString = $"127.0.0.1:{port}";

        // The server needs a moment to listen; the multiplexer retries the connection until it answers.
        Connection = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},abortConnect=false,connectRetry=20,connectTimeout=2000");
        for (int i = 0; i < 100 && !Connection.IsConnected; i++)
        {
            await Task.Delay(50);
        }

        if (!Connection.IsConnected)
        {
            throw new InvalidOperationException($"redis-server on {ConnectionString} did not accept connections.");
        }
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Tests that share one redis-server.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
