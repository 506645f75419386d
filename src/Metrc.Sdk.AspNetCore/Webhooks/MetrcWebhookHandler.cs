using Metrc.Sdk.Sync;
using Metrc.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.AspNetCore;

/// <summary>Handles one callback: authenticate by URL secret, read the body, parse it, hand it to the sink.</summary>
internal sealed partial class MetrcWebhookHandler(
    MetrcWebhookRegistry registry, ISyncSink sink, IOptions<MetrcWebhookOptions> options, ILogger<MetrcWebhookHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        // {prefix}/{name}/{secret}: anything else is unauthenticated, answered like a wrong secret.
        string rest = context.Request.RouteValues["rest"] as string ?? string.Empty;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string name = slash > 0 ? rest[..slash] : rest;
        ReadOnlySpan<char> secret = slash > 0 ? rest.AsSpan(slash + 1) : [];
        string safeName = name.Length <= 100 ? name : name[..100];
        if (secret.Contains('/') || !registry.TryAuthenticate(name, secret, out string objectType, out string? license))
        {
            Log.Rejected(logger, safeName, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        long max = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > max)
        {
            Log.TooLarge(logger, name, max);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Log.TooLarge(logger, name, max);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        SyncBatch batch;
        try
        {
            batch = MetrcWebhookObjectTypes.Parse(objectType, body, license);
        }
        catch (MetrcWebhookPayloadException ex)
        {
            // The message names the problem (path, count), never a value of the body.
            Log.Malformed(logger, name, objectType, ex.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(ex.Message, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        // A callback never moves a checkpoint: the incremental pull stays the safety net for late or lost callbacks.
        await sink.HandleAsync(batch, context.RequestAborted).ConfigureAwait(false);
        Log.Delivered(logger, name, objectType, batch.Count);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1320, EventName = "WebhookRejected", Level = LogLevel.Warning,
            Message = "Metrc webhook callback for endpoint '{Endpoint}' from {Remote} rejected: unknown endpoint or wrong or missing secret")]
        public static partial void Rejected(ILogger logger, string endpoint, string remote);

        [LoggerMessage(EventId = 1321, EventName = "WebhookMalformed", Level = LogLevel.Warning,
            Message = "Metrc webhook callback for endpoint '{Endpoint}' ({ObjectType}) answered 400: {Reason}")]
        public static partial void Malformed(ILogger logger, string endpoint, string objectType, string reason);

        [LoggerMessage(EventId = 1322, EventName = "WebhookTooLarge", Level = LogLevel.Warning,
            Message = "Metrc webhook callback for endpoint '{Endpoint}' answered 413: the body exceeds {MaxBytes} bytes")]
        public static partial void TooLarge(ILogger logger, string endpoint, long maxBytes);

        [LoggerMessage(EventId = 1323, EventName = "WebhookDelivered", Level = LogLevel.Debug,
            Message = "Metrc webhook callback for endpoint '{Endpoint}' ({ObjectType}): {Count} records delivered")]
        public static partial void Delivered(ILogger logger, string endpoint, string objectType, int count);
    }
}
