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

    public MetrcHttpPipeline(HttpClient http, MetrcState state, Uri baseAddress, IMetrcCredentialProvider credentials, ILogger logger, TimeProvider time, int pageSize)
    {
        _http = http;
        State = state;
        BaseAddress = baseAddress;
        _credentials = credentials;
        _logger = logger;
        _time = time;
        PageSize = pageSize;
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

        using Activity? activity = MetrcTelemetry.ActivitySource.StartActivity("Metrc " + operation.Name, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.path", uri.AbsolutePath);
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("metrc.operation", operation.Name);
            activity.SetTag("metrc.state", MetrcStates.GetCode(State));
            activity.SetTag("metrc.license_number", request.LicenseNumber);
        }

        Log.RequestStarting(_logger, operation.Name, method, path, State);
        long started = _time.GetTimestamp();
        string outcome = "error";

        using CancellationTokenSource? deadline = request.Options?.Timeout is { } timeout ? new CancellationTokenSource(timeout, _time) : null;
        using CancellationTokenSource? linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        CancellationToken token = linked?.Token ?? cancellationToken;

        try
        {
            using var message = new HttpRequestMessage(operation.Method, uri);
            message.Content = request.Content?.Invoke();
            message.Options.Set(
                MetrcAuthContext.Key,
                new MetrcAuthContext(_credentials, new MetrcCredentialContext(State, request.LicenseNumber), request.Options?.Credentials) { VendorKeyHeader = webhooks });

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not MetrcException)
            {
                throw MapTransportFailure(ex, method, path, request.Options?.Timeout, cancellationToken, deadline);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                outcome = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

                T result = await ReadBodyAsync(response, reader, method, path, token, request.Options?.Timeout, cancellationToken, deadline).ConfigureAwait(false);
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
                { "metrc.state", MetrcStates.GetCode(State) },
                { "http.response.status_code", outcome },
            };
            MetrcTelemetry.Requests.Add(1, tags);
            MetrcTelemetry.Duration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static async Task<T> ReadBodyAsync<T>(
        HttpResponseMessage response,
        ResponseReader<T> reader,
        string method,
        string path,
        CancellationToken token,
        TimeSpan? timeout,
        CancellationToken callerToken,
        CancellationTokenSource? deadline)
    {
        PooledBody body;
        try
        {
            body = await PooledBody.ReadAsync(response.Content, limit: null, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not MetrcException)
        {
            throw MapTransportFailure(ex, method, path, timeout, callerToken, deadline);
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
        Exception ex, string method, string path, TimeSpan? timeout, CancellationToken callerToken, CancellationTokenSource? deadline)
    {
        switch (ex)
        {
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return new OperationCanceledException("The Metrc call was canceled.", ex, callerToken);
            case OperationCanceledException when deadline is { IsCancellationRequested: true }:
                return new MetrcTimeoutException($"{method} {path} did not complete within its {timeout} deadline.", method, path, timeout, ex);
            case TimeoutRejectedException timeoutRejected:
                return new MetrcTimeoutException($"{method} {path} timed out after {timeoutRejected.Timeout}.", method, path, timeoutRejected.Timeout, ex);
            case OperationCanceledException:
                return new MetrcTimeoutException($"{method} {path} timed out.", method, path, null, ex);
            case BrokenCircuitException:
                return new MetrcTransportException(
                    $"{method} {path} was not sent: the circuit to this Metrc host is open after repeated failures.", method, path, mayHaveReachedServer: false, ex);
            case RateLimiterRejectedException rejected:
                return new MetrcRateLimitedException(
                    $"{method} {path} was not sent: the client-side throttle queue is full.", method, path, null, rejected.RetryAfter, isClientSide: true, ex);
            case HttpRequestException http:
                bool notSent = http.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;
                return new MetrcTransportException(
                    $"{method} {path} failed without an answer ({http.HttpRequestError}): {http.Message}", method, path, mayHaveReachedServer: !notSent, ex);
            case IOException io:
                return new MetrcTransportException($"{method} {path} failed while reading the answer: {io.Message}", method, path, mayHaveReachedServer: true, ex);
            default:
                return ex;
        }
    }

    private double Elapsed(long started) => _time.GetElapsedTime(started).TotalMilliseconds;
}
