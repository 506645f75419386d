namespace Metrc.Sdk;

/// <summary>What the SDK does with its own validation before a write is sent.</summary>
public enum MetrcValidationMode
{
    /// <summary>Validate every write; errors throw <see cref="MetrcValidationException"/> before any request is sent. The default.</summary>
    Enabled = 0,

    /// <summary>Validate every write, log errors and warnings, and send the write anyway (Metrc decides).</summary>
    WarningsOnly = 1,

    /// <summary>Do not validate; Metrc's answer is the only check.</summary>
    Disabled = 2,
}
