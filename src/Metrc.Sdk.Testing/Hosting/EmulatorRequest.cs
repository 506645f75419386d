using Metrc.Sdk.Testing.Data;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>Who is calling and for which facility; set by the auth middleware.</summary>
internal sealed class EmulatorRequest
{
    private static readonly object s_key = new();

    /// <summary>The state addressed; null on the webhook host, which serves no state.</summary>
    public StateData? State { get; init; }

    public required IReadOnlyList<FacilityData> Accessible { get; init; }

    public FacilityData? Facility { get; init; }

    public required string VendorKey { get; init; }

    public static EmulatorRequest Get(HttpContext context) => (EmulatorRequest)context.Items[s_key]!;

    public static void Set(HttpContext context, EmulatorRequest request) => context.Items[s_key] = request;

    /// <summary>The state addressed; only state routes use it.</summary>
    public StateData RequiredState => State ?? throw new InvalidOperationException("The route needs a state.");

    /// <summary>The operations the route serves (from the catalogue).</summary>
    public required EmulatorEndpoint Endpoint { get; init; }

    /// <summary>The facility named by licenseNumber; the middleware has already answered 400/403 when it is missing or not allowed.</summary>
    public FacilityData RequiredFacility => Facility ?? throw new InvalidOperationException("The route needs a licenseNumber.");
}
