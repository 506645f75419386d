using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Metrc.Sdk.Tests.Infrastructure;

/// <summary>Answers for WireMock callbacks (<c>Response.Create().WithCallback(...)</c>).</summary>
internal static class WireMockJson
{
    /// <summary>An empty page of a v2 list.</summary>
    public const string EmptyPage = """{"Data":[],"TotalPages":1}""";

    /// <summary>A JSON answer with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };
}
