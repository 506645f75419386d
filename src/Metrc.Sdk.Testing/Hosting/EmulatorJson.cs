using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>JSON on the emulator's wire: Metrc's PascalCase names, plain dates, timestamps with offsets.</summary>
internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    public static Task WriteAsync<T>(HttpContext context, int status, T value)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, Options, context.RequestAborted);
    }

    public static Task MessageAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new MessageBody(message));

    /// <summary>Reads a JSON array of rows; null with a 400 already written when the body is not one.</summary>
    public static async Task<List<T>?> ReadRowsAsync<T>(HttpContext context)
    {
        try
        {
            List<T?>? rows = await JsonSerializer.DeserializeAsync<List<T?>>(context.Request.Body, Options, context.RequestAborted).ConfigureAwait(false);
            if (rows is null || rows.Count == 0)
            {
                await MessageAsync(context, 400, "No data sent.").ConfigureAwait(false);
                return null;
            }

            if (rows.Any(r => r is null))
            {
                await MessageAsync(context, 400, "The request contains an empty row.").ConfigureAwait(false);
                return null;
            }

            return rows!;
        }
        catch (JsonException ex)
        {
            await MessageAsync(context, 400, $"The request is invalid: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    internal sealed record MessageBody(string Message);
}
