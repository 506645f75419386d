namespace Metrc.Sdk.Http;

/// <summary>
/// A declared Metrc operation: its name (for logs, metrics and traces), HTTP method, route, call shape, host and the
/// states that offer it. Every operation is one static instance in the generated <c>MetrcOperations</c>.
/// </summary>
internal sealed class MetrcOperation
{
    public MetrcOperation(
        string name,
        HttpMethod method,
        string route,
        MetrcCallShape shape,
        bool facilityScoped,
        bool supportsLastModified,
        MetrcHost host,
        MetrcStateSet? states,
        IReadOnlyList<string>? requiredQuery = null)
    {
        Name = name;
        Method = method;
        Path = route;
        Shape = shape;
        FacilityScoped = facilityScoped;
        SupportsLastModified = supportsLastModified;
        Host = host;
        States = states;
        RequiredQuery = requiredQuery ?? [];
        ActivityName = "Metrc " + name;
    }

    /// <summary>Stable operation name, for example <c>Packages.ListActive</c>.</summary>
    public string Name { get; }

    public HttpMethod Method { get; }

    /// <summary>
    /// The route relative to the base address, without a leading slash (for example <c>packages/v2/active</c>); route
    /// parameters in braces (<c>packages/v2/{id}</c>) are filled in per request.
    /// </summary>
    public string Path { get; }

    public MetrcCallShape Shape { get; }

    /// <summary>Whether the call names a facility with <c>?licenseNumber=</c>.</summary>
    public bool FacilityScoped { get; }

    /// <summary>Whether the call takes a <c>lastModifiedStart</c>/<c>lastModifiedEnd</c> range.</summary>
    public bool SupportsLastModified { get; }

    /// <summary>Which Metrc host serves the operation.</summary>
    public MetrcHost Host { get; }

    /// <summary>The states that offer the operation; <see langword="null"/> when every state does.</summary>
    public MetrcStateSet? States { get; }
    /// <summary>The name of the trace span of a call (<c>Metrc Packages.ListActive</c>), built once.</summary>
    public string ActivityName { get; }

    /// <summary>The query parameters the call must carry besides <c>licenseNumber</c> (Metrc answers 400 without them).</summary>
    public IReadOnlyList<string> RequiredQuery { get; }

    /// <summary>Whether a retry can never apply the request twice (GET, PUT, DELETE).</summary>
    public bool IsIdempotent => Method != HttpMethod.Post && Method != HttpMethod.Patch;

    /// <summary>Whether <paramref name="state"/> offers the operation (always true for operations not tied to a state).</summary>
    public bool IsOfferedIn(MetrcState state) => States?.Contains(state) ?? true;

    public override string ToString() => $"{Name} ({Method} /{Path})";
}
