using System.Text.RegularExpressions;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>
/// Endpoint metadata: the catalogue operations one route serves (several when Metrc documents one path twice, as
/// <c>packages/v2/{id}</c> and <c>packages/v2/{label}</c>). The pipeline reads scoping and required query parameters from it.
/// </summary>
internal sealed partial class EmulatorEndpoint(IReadOnlyList<MetrcOperationInfo> operations)
{
    /// <summary>The path prefix of the emulated webhook host (<see cref="MetrcEmulator.WebhooksBaseAddress"/>).</summary>
    public const string WebhooksPrefix = "services-connect";

    /// <summary>The route value holding a route's one parameter, whatever the catalogue calls it.</summary>
    public const string Key = "key";

    public IReadOnlyList<MetrcOperationInfo> Operations { get; } = operations;

    /// <summary>The first operation; operations sharing a route share their scope, host and shape.</summary>
    public MetrcOperationInfo Primary => Operations[0];

    /// <summary>The ASP.NET route template of <paramref name="operation"/>: state routes under <c>/{state}/</c>, webhook routes under the webhook prefix.</summary>
    public static string Template(MetrcOperationInfo operation) =>
        (operation.IsWebhookOperation ? "/" + WebhooksPrefix + "/" : "/{state}/") + Parameter().Replace(operation.Route, "{" + Key + "}");

    /// <summary>Whether the route carries a parameter (an id, a label, a number).</summary>
    public bool HasKey => Parameter().IsMatch(Primary.Route);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
