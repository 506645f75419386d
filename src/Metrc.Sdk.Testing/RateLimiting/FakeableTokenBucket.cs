namespace Metrc.Sdk.Testing.RateLimiting;

/// <summary>A token bucket on the emulator's <see cref="TimeProvider"/>, so tests with a fake clock get exact 429 counts.</summary>
internal sealed class FakeableTokenBucket(int perSecond, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _tokens = perSecond;
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        lock (_lock)
        {
            long now = time.GetTimestamp();
            _tokens = Math.Min(perSecond, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return true;
            }

            return false;
        }
    }
}
