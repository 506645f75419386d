using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Metrc.Sdk.Http;

namespace Metrc.Sdk.Errors;

/// <summary>Maps a non-success response to the matching <see cref="MetrcException"/> subtype.</summary>
internal static class MetrcErrorMapper
{
    /// <summary>Error bodies are read up to this many bytes; the rest is not needed to describe the error.</summary>
    private const int MaxErrorBody = 256 * 1024;

    private const int MaxMessageLength = 1000;

    public static async Task<MetrcException> MapAsync(
        HttpResponseMessage response, string method, string path, TimeProvider time, CancellationToken cancellationToken)
    {
        string? metrcMessage = null;
        IReadOnlyList<MetrcRowError> rowErrors = [];
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        try
        {
            using PooledBody body = await PooledBody.ReadAsync(response.Content, MaxErrorBody, cancellationToken).ConfigureAwait(false);
            (metrcMessage, rowErrors) = ParseBody(body, mediaType);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The error body was cut off; the status alone still says what happened.
        }

        HttpStatusCode status = response.StatusCode;
        string message = Describe(status, method, path, metrcMessage, rowErrors);
        return (int)status switch
        {
            400 => new MetrcValidationException(message, method, path, metrcMessage, rowErrors),
            401 => new MetrcAuthenticationException(message, method, path, metrcMessage),
            403 => new MetrcForbiddenException(message, method, path, metrcMessage),
            404 => new MetrcNotFoundException(message, method, path, metrcMessage),
            413 => new MetrcPayloadTooLargeException(message, method, path, metrcMessage),
            429 => new MetrcRateLimitedException(message, method, path, metrcMessage, GetRetryAfter(response, time)),
            >= 500 => new MetrcServerException(message, status, method, path, metrcMessage),
            _ => new MetrcException(message, status, method, path, metrcMessage, rowErrors),
        };
    }

    /// <summary>Reads <c>Retry-After</c> as seconds or an HTTP date (relative to <paramref name="time"/>).</summary>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            TimeSpan wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    internal static string Describe(HttpStatusCode status, string method, string path, string? metrcMessage, IReadOnlyList<MetrcRowError> rowErrors)
    {
        var text = new StringBuilder(128);
        text.Append("Metrc answered ").Append((int)status).Append(" (").Append(status).Append(") to ")
            .Append(method).Append(' ').Append(path);
        if (!string.IsNullOrEmpty(metrcMessage))
        {
            text.Append(": ").Append(metrcMessage);
        }

        if (rowErrors.Count > 0)
        {
            text.Append(rowErrors.Count == 1 ? "; 1 row rejected: " : $"; {rowErrors.Count} rows rejected: ");
            for (int i = 0; i < rowErrors.Count && i < 3; i++)
            {
                text.Append(i == 0 ? string.Empty : "; ").Append(rowErrors[i]);
            }

            if (rowErrors.Count > 3)
            {
                text.Append("; ...");
            }
        }

        return text.ToString();
    }

    private static (string? Message, IReadOnlyList<MetrcRowError> Rows) ParseBody(PooledBody body, string? mediaType)
    {
        byte first = body.FirstSignificantByte;
        if (first == 0)
        {
            return (null, []);
        }

        if (first is (byte)'[' or (byte)'{')
        {
            try
            {
                return ParseJson(body.Span);
            }
            catch (JsonException)
            {
                // Fall through: describe it as unreadable text.
            }
        }

        if (mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return ($"non-JSON body ({mediaType}, {body.Length} bytes)", []);
        }

        string text = Encoding.UTF8.GetString(body.Span).Trim();
        return (Truncate(text), []);
    }

    private static (string? Message, IReadOnlyList<MetrcRowError> Rows) ParseJson(ReadOnlySpan<byte> json)
    {
        using JsonDocument document = JsonDocument.Parse(json.ToArray());
        JsonElement root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            var rows = new List<MetrcRowError>(root.GetArrayLength());
            int index = 0;
            foreach (JsonElement element in root.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    int row = TryGetInt(element, "row") ?? index;
                    string message = GetString(element, "message") ?? element.GetRawText();
                    // Metrc sends row and message; a rule code is kept when a server (such as the emulator) adds one.
                    rows.Add(new MetrcRowError(row, Truncate(message), Code: GetString(element, "code")));
                }
                else if (element.ValueKind == JsonValueKind.String)
                {
                    rows.Add(new MetrcRowError(index, Truncate(element.GetString()!)));
                }

                index++;
            }

            return (null, rows);
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            string? message = GetString(root, "message");
            return (message is null ? Truncate(root.GetRawText()) : Truncate(message), []);
        }

        return (Truncate(root.GetRawText()), []);
    }

    private static string? GetString(JsonElement element, string name)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }

        return null;
    }

    private static int? TryGetInt(JsonElement element, string name)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int n))
                {
                    return n;
                }

                if (property.Value.ValueKind == JsonValueKind.String
                    && int.TryParse(property.Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s))
                {
                    return s;
                }
            }
        }

        return null;
    }

    private static string Truncate(string text) =>
        text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "...");
}
