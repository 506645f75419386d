namespace Metrc.Sdk;

/// <summary>What a credential provider is asked for: the state and the facility a request is for.</summary>
/// <param name="State">The jurisdiction of the client making the request.</param>
/// <param name="LicenseNumber">The facility's licence number, or <see langword="null"/> for calls not scoped to a facility.</param>
public readonly record struct MetrcCredentialContext(MetrcState State, string? LicenseNumber);
