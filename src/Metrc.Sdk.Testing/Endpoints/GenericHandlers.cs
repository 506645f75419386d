using System.Text.Json;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Answers for catalogue operations the emulator has no lifecycle handler for, by call shape: lists are empty (in
/// Metrc's paging envelope, or a bare array for lookups), reads of an unknown id are 404, writes are checked for
/// Metrc's body shape, recorded in the write log and answered <c>{Ids, Warnings}</c>.
/// </summary>
internal sealed class GenericHandlers(EmulatorStore store, EmulatorWriteLog log)
{
    public RequestDelegate For(EmulatorEndpoint endpoint) => endpoint.Primary.Shape switch
    {
        MetrcCallShape.PagedList => EmptyPageAsync,
        MetrcCallShape.LookupList => static ctx => EmulatorJson.WriteAsync(ctx, 200, Array.Empty<object>()),
        MetrcCallShape.SingleRead or MetrcCallShape.File when endpoint.HasKey => static ctx =>
            EmulatorJson.MessageAsync(ctx, 404, $"'{EmulatorRoutes.Key(ctx)}' was not found."),
        MetrcCallShape.SingleRead or MetrcCallShape.File => static ctx => EmulatorJson.WriteAsync(ctx, 200, new Dictionary<string, object>()),
        MetrcCallShape.RowWrite => RowWriteAsync,
        MetrcCallShape.Send => SendAsync,
        _ => NoBodyWriteAsync,
    };

    /// <summary>Reads the body as JSON; null with a 400 already written when it is not JSON.</summary>
    public static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            await EmulatorJson.MessageAsync(context, 400, $"The request is invalid: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The rows of a JSON array of objects; null with a 400 already written when the body is anything else.</summary>
    public static async Task<List<JsonElement>?> ReadObjectRowsAsync(HttpContext context)
    {
        using JsonDocument? document = await ReadJsonAsync(context).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() == 0)
        {
            await EmulatorJson.MessageAsync(context, 400, "The request must be a JSON array of one or more rows.").ConfigureAwait(false);
            return null;
        }

        var rows = new List<JsonElement>(document.RootElement.GetArrayLength());
        foreach (JsonElement row in document.RootElement.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                await EmulatorJson.MessageAsync(context, 400, $"Row {rows.Count} is not a JSON object.").ConfigureAwait(false);
                return null;
            }

            rows.Add(row.Clone());
        }

        return rows;
    }

    private static Task EmptyPageAsync(HttpContext context)
    {
        if (!Paging.TryReadWindow(context, out _, out _, out Task? error) || !Paging.TryReadPage(context, out int pageNumber, out int pageSize, out error))
        {
            return error!;
        }

        return Paging.WritePageAsync(context, new List<object>(), 0, pageNumber, pageSize);
    }

    private async Task RowWriteAsync(HttpContext context)
    {
        List<JsonElement>? rows = await ReadObjectRowsAsync(context).ConfigureAwait(false);
        if (rows is not null)
        {
            await AcceptAsync(context, rows, rows.Count).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(HttpContext context)
    {
        using JsonDocument? document = await ReadJsonAsync(context).ConfigureAwait(false);
        if (document is not null)
        {
            await AcceptAsync(context, [document.RootElement.Clone()], 0).ConfigureAwait(false);
        }
    }

    private Task NoBodyWriteAsync(HttpContext context) => AcceptAsync(context, [], 0);

    private Task AcceptAsync(HttpContext context, List<JsonElement> rows, int newIds)
    {
        var ids = new List<long>(newIds);
        lock (store.Lock)
        {
            for (int i = 0; i < newIds; i++)
            {
                ids.Add(store.NextId());
            }
        }

        log.Record(context, rows);
        return EmulatorJson.WriteAsync(context, 200, new WriteHandler.WriteResultBody(ids, []));
    }
}
