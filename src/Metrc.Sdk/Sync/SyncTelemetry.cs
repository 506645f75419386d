using System.Diagnostics.Metrics;
using Metrc.Sdk.Diagnostics;

namespace Metrc.Sdk.Sync;

/// <summary>Sync instruments on the SDK's one <c>Metrc.Sdk</c> meter.</summary>
internal static class SyncTelemetry
{
    /// <summary>Records handed to sinks, tagged with section and source.</summary>
    public static readonly Counter<long> Records = MetrcTelemetry.Meter.CreateCounter<long>(
        "metrc.sync.records", unit: "{record}", description: "Records delivered to the sync sink, by section and source.");

    /// <summary>Windows completed (checkpoint advanced), tagged with section.</summary>
    public static readonly Counter<long> Windows = MetrcTelemetry.Meter.CreateCounter<long>(
        "metrc.sync.windows", unit: "{window}", description: "lastModified windows read completely, by section and source.");

    /// <summary>Sections that stopped with an error.</summary>
    public static readonly Counter<long> Failures = MetrcTelemetry.Meter.CreateCounter<long>(
        "metrc.sync.failures", unit: "{section}", description: "Sync sections that stopped with an error, by section and source.");
}
