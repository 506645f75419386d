using System.Net;

namespace Metrc.Sdk.Samples.BulkSubmit;

/// <summary>What went over the wire: requests in flight now, at most, and 429 answers (every attempt, retries included).</summary>
internal sealed class WireStatistics
{
    private int _inFlight;
    private int _peakInFlight;
    private int _requests;
    private int _tooManyRequests;

    public int InFlight => Volatile.Read(ref _inFlight);

    public int PeakInFlight => Volatile.Read(ref _peakInFlight);

    public int Requests => Volatile.Read(ref _requests);

    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    /// <summary>The innermost handler of the Metrc HttpClient: it sees each attempt after the throttle let it go.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private sealed class CountingHandler(WireStatistics statistics) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int now = Interlocked.Increment(ref statistics._inFlight);
            Interlocked.Increment(ref statistics._requests);
            int peak;
            while (now > (peak = Volatile.Read(ref statistics._peakInFlight)) && Interlocked.CompareExchange(ref statistics._peakInFlight, now, peak) != peak)
            {
            }

            try
            {
                HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref statistics._tooManyRequests);
                }

                return response;
            }
            finally
            {
                Interlocked.Decrement(ref statistics._inFlight);
            }
        }
    }
}
