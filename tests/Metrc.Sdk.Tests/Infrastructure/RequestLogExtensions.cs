using WireMock.Logging;

namespace Metrc.Sdk.Tests.Infrastructure;

internal static class RequestLogExtensions
{
    public static string Query(this ILogEntry entry, string name) =>
        entry.RequestMessage.Query is { } query && query.TryGetValue(name, out var values) ? values.ToString() : string.Empty;

    public static string Header(this ILogEntry entry, string name) =>
        entry.RequestMessage.Headers is { } headers && headers.TryGetValue(name, out var values) ? string.Join(",", values) : string.Empty;
}
