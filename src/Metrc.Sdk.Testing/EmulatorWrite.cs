using System.Text.Json;

namespace Metrc.Sdk.Testing;

/// <summary>One write the emulator accepted, as sent: see <see cref="MetrcEmulator.GetWrites()"/>.</summary>
public sealed record EmulatorWrite
{
    /// <summary>The catalogue operation name (for example <c>Items.Create</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The state addressed; <see langword="null"/> for the webhook host.</summary>
    public MetrcState? State { get; init; }

    /// <summary>The facility named by <c>licenseNumber</c>, when the call named one.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>The rows sent (a body that is one object counts as one row; a write without a body has none).</summary>
    public required IReadOnlyList<JsonElement> Rows { get; init; }

    /// <summary>How many rows were sent.</summary>
    public int RowCount => Rows.Count;

    /// <summary>When the emulator accepted the write (its clock).</summary>
    public DateTimeOffset AcceptedAt { get; init; }
}
