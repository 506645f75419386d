namespace Metrc.Sdk.Http;

/// <summary>
/// A declared Metrc operation: its name (for logs, metrics and traces), HTTP method and path. API groups declare one
/// static instance per operation, which is what keeps each of Metrc's ~270 operations a few lines.
/// </summary>
internal sealed class MetrcOperation
{
    private MetrcOperation(string name, HttpMethod method, string path, bool facilityScoped)
    {
        Name = name;
        Method = method;
        Path = path;
        FacilityScoped = facilityScoped;
        ActivityName = "Metrc " + name;
    }

    /// <summary>Stable operation name, for example <c>Packages.ListActive</c>.</summary>
    public string Name { get; }

    public HttpMethod Method { get; }

    /// <summary>Path relative to the base address, without a leading slash (for example <c>packages/v2/active</c>).</summary>
    public string Path { get; }

    /// <summary>Whether the call names a facility with <c>?licenseNumber=</c>.</summary>
    public bool FacilityScoped { get; }

    /// <summary>The name of the trace span of a call (<c>Metrc Packages.ListActive</c>), built once.</summary>
    public string ActivityName { get; }

    /// <summary>Whether a retry can never apply the request twice (GET, PUT, DELETE).</summary>
    public bool IsIdempotent => Method != HttpMethod.Post && Method != HttpMethod.Patch;

    public static MetrcOperation Get(string name, string path, bool facilityScoped = true) => new(name, HttpMethod.Get, path, facilityScoped);

    public static MetrcOperation Post(string name, string path) => new(name, HttpMethod.Post, path, facilityScoped: true);

    public static MetrcOperation Put(string name, string path) => new(name, HttpMethod.Put, path, facilityScoped: true);

    public static MetrcOperation Delete(string name, string path) => new(name, HttpMethod.Delete, path, facilityScoped: true);

    public override string ToString() => $"{Name} ({Method} /{Path})";
}
