namespace Metrc.Sdk.Http;

/// <summary>One request on its way through the pipeline.</summary>
internal sealed class MetrcRequest
{
    public MetrcRequest(MetrcOperation operation, string? licenseNumber)
    {
        Operation = operation;
        LicenseNumber = licenseNumber;
    }

    public MetrcOperation Operation { get; }

    public string? LicenseNumber { get; }

    /// <summary>The path with its route parameters filled in (already escaped); <see langword="null"/> for the operation's own path.</summary>
    public string? Path { get; init; }

    /// <summary>A path suffix (already escaped) appended to the operation path, e.g. an id or label.</summary>
    public string? PathSuffix { get; init; }

    /// <summary>Extra query parameters (unescaped; the pipeline escapes them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Query { get; init; }

    /// <summary>The request body factory; called once per attempt so a retried request can resend its body.</summary>
    public Func<HttpContent>? Content { get; init; }

    public MetrcRequestOptions? Options { get; init; }
}
