namespace Metrc.Sdk.Http;

/// <summary>
/// What one call (all of its attempts) has done on the wire, shared by the pipeline and its handlers through the
/// request's options: whether any attempt may have reached Metrc (so "not sent" is said only when none did), and the
/// call's start and own deadline (so a retry after <c>Retry-After</c> is not started when it cannot finish in time).
/// </summary>
internal sealed class MetrcCallState(string operation, long started, TimeSpan? callTimeout)
{
    public static readonly HttpRequestOptionsKey<MetrcCallState> Key = new("Metrc.Sdk.Call");

    private int _reached;
    private int _attempts;

    /// <summary>The operation name (for example <c>Packages.ListActive</c>), for metrics.</summary>
    public string Operation { get; } = operation;

    /// <summary>The call's start, as a <see cref="TimeProvider.GetTimestamp"/> of the client's time provider.</summary>
    public long Started { get; } = started;

    /// <summary>The call's own timeout (<see cref="MetrcRequestOptions.Timeout"/>), when set.</summary>
    public TimeSpan? CallTimeout { get; } = callTimeout;

    /// <summary>Whether an attempt of this call may have reached Metrc (it was answered, or failed after the connection was made).</summary>
    public bool MayHaveReachedServer => Volatile.Read(ref _reached) != 0;

    /// <summary>Attempts handed to the network (including those refused before a connection was made).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Records an attempt's end on the wire: <paramref name="failure"/> is <see langword="null"/> when it was answered.</summary>
    public void AttemptEnded(Exception? failure)
    {
        Interlocked.Increment(ref _attempts);
        if (failure is null || !SendFailures.ProvablyNotSent(failure))
        {
            Volatile.Write(ref _reached, 1);
        }
    }
}

/// <summary>Which failures prove a request never reached the server.</summary>
internal static class SendFailures
{
    /// <summary>
    /// The connection was never made (name resolution, refused connection, TLS handshake) or the client-side throttle
    /// refused the request: no byte of it reached Metrc, so sending it again cannot apply anything twice.
    /// </summary>
    public static bool ProvablyNotSent(Exception exception) => exception switch
    {
        HttpRequestException http => http.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError,
        MetrcThrottleQueueFullException => true,
        _ => false,
    };
}
