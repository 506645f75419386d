using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Maps every operation of <see cref="MetrcCatalogue"/>: the ones with a lifecycle handler (registered by operation
/// name, so a route is never written twice) and a generic handler for the rest, chosen by the operation's call shape.
/// </summary>
internal sealed class EmulatorRoutes
{
    private readonly Dictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);

    /// <summary>The operations served by a specific handler (lifecycle rules, store data).</summary>
    public IReadOnlyCollection<string> SpecificOperations => _handlers.Keys;

    /// <summary>Serves <paramref name="operationName"/> (a catalogue name such as <c>Packages.Create</c>) with <paramref name="handler"/>.</summary>
    /// <exception cref="InvalidOperationException">The catalogue has no such operation, or it already has a handler.</exception>
    public void Handle(string operationName, RequestDelegate handler)
    {
        if (!MetrcCatalogue.TryFind(operationName, out _))
        {
            throw new InvalidOperationException($"The catalogue has no operation '{operationName}'.");
        }

        if (!_handlers.TryAdd(operationName, handler))
        {
            throw new InvalidOperationException($"Operation '{operationName}' already has a handler.");
        }
    }

    /// <summary>Maps one endpoint per method and route of the catalogue.</summary>
    public void Map(IEndpointRouteBuilder app, GenericHandlers generic)
    {
        foreach (IGrouping<(string Method, string Template), MetrcOperationInfo> route in
            MetrcCatalogue.Operations.GroupBy(o => (o.Method, EmulatorEndpoint.Template(o))))
        {
            var endpoint = new EmulatorEndpoint([.. route]);
            RequestDelegate handler = route.Select(o => _handlers.GetValueOrDefault(o.Name)).FirstOrDefault(h => h is not null)
                ?? generic.For(endpoint);
            app.MapMethods(route.Key.Template, [route.Key.Method], handler).WithMetadata(endpoint).WithDisplayName(endpoint.Primary.ToString());
        }
    }

    /// <summary>The route parameter of the current request (an id, a label, a number), or an empty string.</summary>
    public static string Key(HttpContext context) => context.Request.RouteValues[EmulatorEndpoint.Key] as string ?? string.Empty;
}
