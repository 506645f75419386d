using Metrc.Sdk.Http;

namespace Metrc.Sdk;

/// <summary>One operation of the catalogue: what <see cref="MetrcCatalogue"/> tells about it.</summary>
public sealed class MetrcOperationInfo
{
    internal MetrcOperationInfo(MetrcOperation operation)
    {
        Operation = operation;
    }

    /// <summary>The stable name, <c>Group.Method</c> (for example <c>Packages.ListActive</c>).</summary>
    public string Name => Operation.Name;

    /// <summary>The HTTP method.</summary>
    public string Method => Operation.Method.Method;

    /// <summary>The route relative to the host, route parameters in braces (for example <c>packages/v2/{id}</c>).</summary>
    public string Route => Operation.Path;

    /// <summary>How the operation is called.</summary>
    public MetrcCallShape Shape => Operation.Shape;

    /// <summary>Whether the call names a facility (<c>licenseNumber</c>).</summary>
    public bool IsFacilityScoped => Operation.FacilityScoped;

    /// <summary>Whether a list takes a last-modified range.</summary>
    public bool SupportsLastModifiedFilter => Operation.SupportsLastModified;

    /// <summary>The query parameters the call must carry besides <c>licenseNumber</c> (Metrc answers 400 without them).</summary>
    public IReadOnlyList<string> RequiredQueryParameters => Operation.RequiredQuery;

    /// <summary>Whether the operation is served by Metrc's webhook host rather than a state's API host.</summary>
    public bool IsWebhookOperation => Operation.Host == MetrcHost.Webhooks;

    /// <summary>Whether the catalogue lists every state as offering the operation.</summary>
    public bool IsOfferedEverywhere => Operation.States is null;

    internal MetrcOperation Operation { get; }

    /// <summary>Whether the catalogue lists <paramref name="state"/> as offering the operation.</summary>
    /// <param name="state">The state.</param>
    /// <returns><see langword="true"/> when the state offers it.</returns>
    public bool IsOfferedIn(MetrcState state) => Operation.IsOfferedIn(state);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Method} {Route})";
}
