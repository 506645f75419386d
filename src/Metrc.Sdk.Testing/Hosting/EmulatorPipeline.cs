using System.Collections.Concurrent;
using System.Text;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>
/// The emulator's request pipeline before the endpoints, in order: statistics → route (an operation of the catalogue,
/// offered in the state) → auth (vendor key + user key and facility access, or <c>X-Metrc-Auth</c> on the webhook host)
/// → scope and required query parameters, as the catalogue declares them → Metrc's rate limits → fault injection.
/// </summary>
internal sealed class EmulatorPipeline(EmulatorStore store, MetrcEmulatorOptions options, EmulatorFaults faults)
{
    public const string AllFacilitiesUserKey = "user-key-all-facilities";

    /// <summary>The header Metrc's webhook host reads the vendor key from.</summary>
    public const string WebhookAuthHeader = "X-Metrc-Auth";

    private readonly ConcurrentDictionary<string, long> _byFacility = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _byVendor = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeableTokenBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private long _total;
    private long _rateLimited;
    private int _concurrent;
    private int _peak;

    public EmulatorStatistics Statistics => new()
    {
        TotalRequests = Interlocked.Read(ref _total),
        RequestsByFacility = new Dictionary<string, long>(_byFacility),
        RequestsByVendorKey = new Dictionary<string, long>(_byVendor),
        RateLimited = Interlocked.Read(ref _rateLimited),
        PeakConcurrency = Volatile.Read(ref _peak),
        FaultsInjected = faults.Injected,
    };

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _total);
        int now = Interlocked.Increment(ref _concurrent);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }

        try
        {
            EmulatorRequest? request = await AuthenticateAsync(context).ConfigureAwait(false);
            if (request is null)
            {
                return;
            }

            _byVendor.AddOrUpdate(request.VendorKey, 1, static (_, n) => n + 1);
            string? facilityKey = request.Facility?.LicenseNumber;
            if (facilityKey is not null)
            {
                _byFacility.AddOrUpdate(facilityKey, 1, static (_, n) => n + 1);
            }

            if (!options.RateLimits.Enabled)
            {
                await FaultsAsync(context, next).ConfigureAwait(false);
                return;
            }

            string vendorSlot = "v:" + request.VendorKey;
            string? facilitySlot = facilityKey is null ? null : "f:" + request.RequiredState.Code + ":" + facilityKey;
            bool admitted = Enter(vendorSlot, options.RateLimits.ConcurrentPerVendorKey);
            bool facilityAdmitted = admitted && (facilitySlot is null || Enter(facilitySlot, options.RateLimits.ConcurrentPerFacility));
            try
            {
                bool isGet = HttpMethods.IsGet(context.Request.Method);
                if (!admitted || !facilityAdmitted
                    || (isGet && facilitySlot is not null && !Bucket(facilitySlot, options.RateLimits.GetsPerSecondPerFacility).TryTake())
                    || (isGet && !Bucket(vendorSlot, options.RateLimits.GetsPerSecondPerVendorKey).TryTake()))
                {
                    Interlocked.Increment(ref _rateLimited);
                    await TooManyRequestsAsync(context).ConfigureAwait(false);
                    return;
                }

                await FaultsAsync(context, next).ConfigureAwait(false);
            }
            finally
            {
                if (admitted)
                {
                    Leave(vendorSlot);
                }

                if (facilityAdmitted && facilitySlot is not null)
                {
                    Leave(facilitySlot);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _concurrent);
        }
    }

    private async Task<EmulatorRequest?> AuthenticateAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        int slash = path.IndexOf('/', 1);
        string code = slash > 1 ? path[1..slash] : string.Empty;
        EmulatorEndpoint? endpoint = context.GetEndpoint()?.Metadata.GetMetadata<EmulatorEndpoint>();
        if (code == EmulatorEndpoint.WebhooksPrefix)
        {
            return await AuthenticateWebhookAsync(context, endpoint).ConfigureAwait(false);
        }

        StateData? state;
        lock (store.Lock)
        {
            store.Data.States.TryGetValue(code, out state);
        }

        if (state is null)
        {
            await EmulatorJson.MessageAsync(context, 404, $"No Metrc state is served at '/{code}'.").ConfigureAwait(false);
            return null;
        }

        if (endpoint is null || endpoint.Primary.IsWebhookOperation || !MetrcStates.TryParse(code, out MetrcState served) || !endpoint.Primary.IsOfferedIn(served))
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return null;
        }

        if (!TryReadBasic(context, out string vendor, out string user) || !string.Equals(vendor, options.VendorKey, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 401; // Metrc answers 401 with no body
            return null;
        }

        List<FacilityData> accessible;
        lock (store.Lock)
        {
            accessible = user == AllFacilitiesUserKey
                ? [.. state.Facilities.Values]
                : state.Facilities.Values.Where(f => string.Equals(f.UserKey, user, StringComparison.Ordinal)).ToList();
        }

        if (accessible.Count == 0)
        {
            context.Response.StatusCode = 401;
            return null;
        }

        FacilityData? facility = null;
        string? license = context.Request.Query["licenseNumber"];
        if (license is not null)
        {
            facility = accessible.FirstOrDefault(f => f.LicenseNumber == license);
            if (facility is null)
            {
                await EmulatorJson.MessageAsync(context, 403, "Authorization has been denied for this request.").ConfigureAwait(false);
                return null;
            }
        }
        else if (endpoint.Primary.IsFacilityScoped)
        {
            await EmulatorJson.MessageAsync(context, 400, "licenseNumber is required.").ConfigureAwait(false);
            return null;
        }

        foreach (string parameter in endpoint.Primary.RequiredQueryParameters)
        {
            if (string.IsNullOrEmpty(context.Request.Query[parameter]))
            {
                await EmulatorJson.MessageAsync(context, 400, $"{parameter} is required.").ConfigureAwait(false);
                return null;
            }
        }

        var request = new EmulatorRequest { State = state, Accessible = accessible, Facility = facility, VendorKey = vendor, Endpoint = endpoint };
        EmulatorRequest.Set(context, request);
        return request;
    }

    /// <summary>Metrc's webhook host: the vendor key alone, in <c>X-Metrc-Auth</c>; no state and no facility.</summary>
    private async Task<EmulatorRequest?> AuthenticateWebhookAsync(HttpContext context, EmulatorEndpoint? endpoint)
    {
        if (endpoint is null || !endpoint.Primary.IsWebhookOperation)
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return null;
        }

        string? vendor = context.Request.Headers[WebhookAuthHeader];
        if (!string.Equals(vendor, options.VendorKey, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 401;
            return null;
        }

        var request = new EmulatorRequest { Accessible = [], VendorKey = options.VendorKey, Endpoint = endpoint };
        EmulatorRequest.Set(context, request);
        return request;
    }

    private static Task NotFoundAsync(HttpContext context) =>
        EmulatorJson.MessageAsync(context, 404, $"No HTTP resource was found that matches the request URI '{context.Request.Path}'.");

    private async Task FaultsAsync(HttpContext context, RequestDelegate next)
    {
        EmulatorFaultRule? fault = faults.Decide(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        switch (fault?.Kind)
        {
            case null:
                await next(context).ConfigureAwait(false);
                return;
            case EmulatorFaultKind.Latency:
                await Task.Delay(fault.Latency, options.TimeProvider, context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                return;
            case EmulatorFaultKind.ErrorBeforeCommit:
                await EmulatorJson.MessageAsync(context, 500, "An error has occurred.").ConfigureAwait(false);
                return;
            case EmulatorFaultKind.TooManyRequests:
                await TooManyRequestsAsync(context).ConfigureAwait(false);
                return;
        }

        // After-commit faults: run the request for real into a buffer, then lose or damage the answer.
        Stream original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        switch (fault.Kind)
        {
            case EmulatorFaultKind.ErrorAfterCommit:
                context.Response.Clear();
                await EmulatorJson.MessageAsync(context, 500, "An error has occurred.").ConfigureAwait(false);
                break;
            case EmulatorFaultKind.AbortAfterCommit:
                context.Abort();
                break;
            case EmulatorFaultKind.TruncatedBody:
                context.Response.ContentLength = buffer.Length;
                await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)Math.Max(1, buffer.Length / 2))).ConfigureAwait(false);
                await original.FlushAsync().ConfigureAwait(false);
                context.Abort();
                break;
        }
    }

    private Task TooManyRequestsAsync(HttpContext context)
    {
        context.Response.StatusCode = 429;
        if (options.RateLimits.SendRetryAfter)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return Task.CompletedTask;
    }

    private FakeableTokenBucket Bucket(string key, int perSecond) =>
        _buckets.GetOrAdd(key, static (_, state) => new FakeableTokenBucket(state.perSecond, state.time), (perSecond, time: options.TimeProvider));

    private bool Enter(string slot, int limit)
    {
        int count = _inFlight.AddOrUpdate(slot, 1, static (_, n) => n + 1);
        if (count <= limit)
        {
            return true;
        }

        Leave(slot);
        return false;
    }

    private void Leave(string slot) => _inFlight.AddOrUpdate(slot, 0, static (_, n) => n - 1);

    private static bool TryReadBasic(HttpContext context, out string vendor, out string user)
    {
        vendor = user = string.Empty;
        string? header = context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            int colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            vendor = decoded[..colon];
            user = decoded[(colon + 1)..];
            return user.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
