using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Metrc.Sdk.Tests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Metrc.Sdk.Tests.Batching;

/// <summary>
/// A WireMock write endpoint that behaves like Metrc over real HTTP: it reads the JSON array, rejects the whole request
/// with <c>[{row, message}]</c> when any row is bad (or with a bare <c>{Message}</c> when row numbers are off), answers
/// 413 above a size, and otherwise accepts, answering one id per row (1,000,000 + the number in the row's name).
/// It records every request's row names and every accepted name.
/// </summary>
internal sealed class RowServer
{
    private readonly ConcurrentQueue<string[]> _requests = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new();

    private readonly string _key;

    public RowServer(WireMockMetrc metrc, string path, string method = "POST", string key = "Name")
    {
        _key = key;
        metrc.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Response.Create().WithCallback(Answer));
    }

    /// <summary>Which rows are bad (by name), or null for none.</summary>
    public Func<string, string?> Reject { get; set; } = _ => null;

    /// <summary>Whether a rejection names its rows.</summary>
    public bool GivesRowNumbers { get; set; } = true;

    /// <summary>Requests with more rows than this get 413.</summary>
    public int MaxRows { get; set; } = int.MaxValue;

    /// <summary>Called with each request's row names as it arrives.</summary>
    public Action<string[]>? OnRequest { get; set; }

    public IReadOnlyList<string[]> Requests => [.. _requests];

    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    public static long IdOf(string name) => 1_000_000 + int.Parse(name[(name.IndexOf('-', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private ResponseMessage Answer(IRequestMessage request)
    {
        using JsonDocument body = JsonDocument.Parse(request.Body!);
        string[] names = [.. body.RootElement.EnumerateArray().Select(e => e.GetProperty(_key).GetString()!)];
        _requests.Enqueue(names);
        OnRequest?.Invoke(names);
        if (names.Length > MaxRows)
        {
            return WireMockJson.Json(413, """{"Message":"Request entity too large."}""");
        }

        var errors = names.Select((n, i) => (Row: i, Message: Reject(n))).Where(e => e.Message is not null).ToList();
        if (errors.Count > 0)
        {
            return GivesRowNumbers
                ? WireMockJson.Json(400, JsonSerializer.Serialize(errors.Select(e => new { row = e.Row, message = e.Message })))
                : WireMockJson.Json(400, """{"Message":"One or more rows are invalid."}""");
        }

        foreach (string name in names)
        {
            _accepted.AddOrUpdate(name, 1, (_, n) => n + 1);
        }

        return WireMockJson.Json(200, $$"""{"Ids":[{{string.Join(",", names.Select(IdOf))}}],"Warnings":[]}""");
    }
}
