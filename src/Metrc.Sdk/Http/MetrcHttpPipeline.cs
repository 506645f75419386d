using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Metrc.Sdk.Auth;
using Metrc.Sdk.Diagnostics;
using Metrc.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Metrc.Sdk.Http;

/// <summary>
/// Sends one Metrc request: builds the URI, hands the request to the <see cref="HttpClient"/> handler chain
/// (resilience → auth → HTTP), maps failures to <see cref="MetrcException"/> subtypes and reads the body.
/// Records a log line, a trace span and metrics for every call.
/// </summary>
internal sealed class MetrcHttpPipeline
{
    private readonly HttpClient _http;
    private readonly IMetrcCredentialProvider _credentials;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string _stateCode;

    public MetrcHttpPipeline(HttpClient http, MetrcState state, Uri baseAddress, IMetrcCredentialProvider credentials, ILogger logger, TimeProvider time, int pageSize)
    {
        _http = http;
        State = state;
        BaseAddress = baseAddress;
        _credentials = credentials;
        _logger = logger;
        _time = time;
        PageSize = pageSize;
        _stateCode = MetrcStates.GetCode(state);
    }

    public MetrcState State { get; }

    public Uri BaseAddress { get; }

    public int PageSize { get; }

    /// <summary>The base address of Metrc's webhook host (<see cref="MetrcClientOptions.WebhooksBaseAddress"/>).</summary>
    public Uri WebhooksBaseAddress { get; init; } = MetrcClientOptions.DefaultWebhooksBaseAddress;

    /// <summary>Operations allowed in every state whatever the catalogue says (<see cref="MetrcClientOptions.AllowedUnlistedOperations"/>).</summary>
    public IReadOnlySet<string> AllowedUnlistedOperations { get; init; } = new HashSet<string>();

    public TimeProvider TimeProvider => _time;

    /// <summary>The idempotency ledger write methods go through (<see cref="MetrcClientOptions.IdempotentWrites"/>); <see langword="null"/> when off.</summary>
    public Idempotency.IIdempotencyLedger? Ledger { get; init; }

    /// <summary>The client this pipeline serves, for reading natural keys back when a write is reconciled.</summary>
    public IMetrcClient? Client { get; set; }

    /// <summary>Chunk sizes, concurrency and ordering of batched writes for this client's state.</summary>
    public required Batching.ChunkSizePolicy Batching { get; init; }

    /// <summary>Client-side validation of writes before they are sent; <see langword="null"/> when not configured.</summary>
    public Validation.WriteValidation? Validation { get; init; }

    /// <summary>The longest response body read (<see cref="MetrcClientOptions.MaxResponseBodySize"/>).</summary>
    public int MaxResponseBodySize { get; init; } = MetrcClientOptions.DefaultMaxResponseBodySize;

    public async Task<T> SendAsync<T>(MetrcRequest request, ResponseReader<T> reader, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MetrcOperation operation = request.Operation;
        if (!operation.IsOfferedIn(State) && !AllowedUnlistedOperations.Contains(operation.Name))
        {
            throw new MetrcOperationUnavailableException(operation.Name, operation.Method.Method, operation.Path, State);
        }

        bool webhooks = operation.Host == MetrcHost.Webhooks;
        Uri uri = MetrcUriBuilder.Build(webhooks ? WebhooksBaseAddress : BaseAddress, request);
        string method = operation.Method.Method;
        string path = uri.PathAndQuery;

        using Activity? activity = MetrcTelemetry.ActivitySource.HasListeners()
            ? MetrcTelemetry.ActivitySource.StartActivity(operation.ActivityName, ActivityKind.Client)
            : null;
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.path", uri.AbsolutePath);
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("metrc.operation", operation.Name);
            activity.SetTag("metrc.state", _stateCode);
            activity.SetTag("metrc.license_number", request.LicenseNumber);
        }

        Log.RequestStarting(_logger, operation.Name, method, path, State);
        long started = _time.GetTimestamp();
        string outcome = "error";

        using CancellationTokenSource? deadline = request.Options?.Timeout is { } timeout ? new CancellationTokenSource(timeout, _time) : null;
        using CancellationTokenSource? linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        CancellationToken token = linked?.Token ?? cancellationToken;
        var call = new MetrcCallState(operation.Name, started, request.Options?.Timeout);

        try
        {
            using var message = new HttpRequestMessage(operation.Method, uri);
            message.Content = request.Content?.Invoke();
            message.Options.Set(
                MetrcAuthContext.Key,
                new MetrcAuthContext(_credentials, new MetrcCredentialContext(State, request.LicenseNumber), request.Options?.Credentials) { VendorKeyHeader = webhooks });
            message.Options.Set(MetrcCallState.Key, call);

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not MetrcException)
            {
                throw MapTransportFailure(ex, method, path, request.Options?.Timeout, cancellationToken, deadline, call);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                outcome = status == 200 ? "200" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                activity?.SetTag("http.response.status_code", status);
                if (status == 429)
                {
                    MetrcTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("metrc.operation", operation.Name));
                }

                if (!response.IsSuccessStatusCode)
                {
                    MetrcException error = await MetrcErrorMapper.MapAsync(response, method, path, _time, token).ConfigureAwait(false);
                    Log.RequestFailed(_logger, operation.Name, method, path, status, Elapsed(started), error.MetrcMessage ?? response.ReasonPhrase ?? string.Empty);
                    throw error;
                }

                T result = await ReadBodyAsync(response, reader, method, path, token, request.Options?.Timeout, cancellationToken, deadline, call).ConfigureAwait(false);
                Log.RequestSucceeded(_logger, operation.Name, method, path, status, Elapsed(started));
                return result;
            }
        }
        catch (MetrcException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().Name);
            if (ex.StatusCode is null)
            {
                Log.RequestNotAnswered(_logger, operation.Name, method, path, Elapsed(started), ex.Message);
            }

            throw;
        }
        finally
        {
            var tags = new TagList
            {
                { "metrc.operation", operation.Name },
                { "http.request.method", method },
                { "metrc.state", _stateCode },
                { "http.response.status_code", outcome },
            };
            MetrcTelemetry.Requests.Add(1, tags);
            MetrcTelemetry.Duration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private async Task<T> ReadBodyAsync<T>(
        HttpResponseMessage response,
        ResponseReader<T> reader,
        string method,
        string path,
        CancellationToken token,
        TimeSpan? timeout,
        CancellationToken callerToken,
        CancellationTokenSource? deadline,
        MetrcCallState call)
    {
        PooledBody body;
        try
        {
            body = await PooledBody.ReadAsync(response.Content, limit: null, token, MaxResponseBodySize).ConfigureAwait(false);
        }
        catch (BodyTooLargeException ex)
        {
            throw new MetrcResponseFormatException(
                $"Metrc answered {(int)response.StatusCode} to {method} {path} with a body the SDK did not read to the end: {ex.Message}.",
                response.StatusCode, method, path, response.Content.Headers.ContentType?.MediaType, ex);
        }
        catch (Exception ex) when (ex is not MetrcException)
        {
            throw MapTransportFailure(ex, method, path, timeout, callerToken, deadline, call);
        }

        using (body)
        {
            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            byte first = body.FirstSignificantByte;
            if (first == 0)
            {
                if (reader.AllowsEmptyBody)
                {
                    return reader.Read(default, mediaType);
                }

                throw new MetrcResponseFormatException(
                    $"Metrc answered {(int)response.StatusCode} to {method} {path} with an empty body where JSON was expected.",
                    response.StatusCode, method, path, mediaType);
            }

            if (!reader.AcceptsAnyBody && first is not ((byte)'{' or (byte)'[' or (byte)'n'))
            {
                throw new MetrcResponseFormatException(
                    $"Metrc answered {(int)response.StatusCode} to {method} {path} with a non-JSON body ({mediaType ?? "no content type"}, {body.Length} bytes).",
                    response.StatusCode, method, path, mediaType);
            }

            try
            {
                return reader.Read(body.Span, mediaType);
            }
            catch (JsonException ex)
            {
                throw new MetrcResponseFormatException(
                    $"Metrc answered {(int)response.StatusCode} to {method} {path} with JSON the SDK cannot read: {ex.Message}",
                    response.StatusCode, method, path, mediaType, ex);
            }
        }
    }

    private static Exception MapTransportFailure(
        Exception ex, string method, string path, TimeSpan? timeout, CancellationToken callerToken, CancellationTokenSource? deadline, MetrcCallState call)
    {
        // "Not sent" is said only when no attempt of the call may have reached Metrc.
        bool reached = call.MayHaveReachedServer;
        switch (ex)
        {
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return new OperationCanceledException("The Metrc call was canceled.", ex, callerToken);
            case OperationCanceledException when deadline is { IsCancellationRequested: true }:
                return MetrcTimeoutException.Create($"{method} {path} did not complete within its {timeout} deadline{NotSentSuffix(reached)}.", method, path, timeout, reached, ex);
            case TimeoutRejectedException timeoutRejected:
                return MetrcTimeoutException.Create($"{method} {path} timed out after {timeoutRejected.Timeout}{NotSentSuffix(reached)}.", method, path, timeoutRejected.Timeout, reached, ex);
            case OperationCanceledException:
                return MetrcTimeoutException.Create($"{method} {path} timed out{NotSentSuffix(reached)}.", method, path, null, reached, ex);
            case BrokenCircuitException:
                return new MetrcTransportException(
                    reached
                        ? $"{method} {path} failed: {call.Attempts} attempt(s) reached Metrc without a usable answer, then the circuit to this Metrc host opened and refused the next one."
                        : $"{method} {path} was not sent: the circuit to this Metrc host is open after repeated failures.",
                    method,
                    path,
                    mayHaveReachedServer: reached,
                    ex);
            case RateLimiterRejectedException rejected:
                return new MetrcRateLimitedException(
                    $"{method} {path} was not sent: the client-side throttle queue is full.", method, path, null, rejected.RetryAfter, isClientSide: true, ex);
            case HttpRequestException http:
                bool notSent = !reached && SendFailures.ProvablyNotSent(http);
                string sent = notSent ? "; it was not sent" : SendFailures.ProvablyNotSent(http) ? "; an earlier attempt reached Metrc" : string.Empty;
                return new MetrcTransportException(
                    $"{method} {path} failed without an answer ({http.HttpRequestError}){sent}: {http.Message}",
                    method,
                    path,
                    mayHaveReachedServer: !notSent,
                    ex);
            case IOException io:
                return new MetrcTransportException($"{method} {path} failed while reading the answer: {io.Message}", method, path, mayHaveReachedServer: true, ex);
            default:
                return ex;
        }
    }

    private static string NotSentSuffix(bool reached) => reached ? string.Empty : "; no attempt reached Metrc";

    private double Elapsed(long started) => _time.GetElapsedTime(started).TotalMilliseconds;
}
