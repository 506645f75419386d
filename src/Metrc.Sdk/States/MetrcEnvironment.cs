namespace Metrc.Sdk;

/// <summary>Which Metrc instance of a state a client talks to when no base address is configured.</summary>
public enum MetrcEnvironment
{
    /// <summary>The production API, <c>https://api-{code}.metrc.com</c>.</summary>
    Production = 0,

    /// <summary>The integrator sandbox, <c>https://sandbox-api-{code}.metrc.com</c>.</summary>
    Sandbox = 1,
}
