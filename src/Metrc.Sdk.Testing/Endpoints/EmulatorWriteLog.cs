using System.Text.Json;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The accepted writes, in arrival order, for tests to assert what reached the emulator.</summary>
internal sealed class EmulatorWriteLog(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly List<EmulatorWrite> _writes = [];

    public IReadOnlyList<EmulatorWrite> Snapshot()
    {
        lock (_lock)
        {
            return [.. _writes];
        }
    }

    public void Record(HttpContext context, IReadOnlyList<JsonElement> rows)
    {
        EmulatorRequest request = EmulatorRequest.Get(context);
        var write = new EmulatorWrite
        {
            Operation = request.Endpoint.Primary.Name,
            State = request.State is { } state && MetrcStates.TryParse(state.Code, out MetrcState parsed) ? parsed : null,
            LicenseNumber = request.Facility?.LicenseNumber,
            Rows = rows,
            AcceptedAt = time.GetUtcNow(),
        };
        lock (_lock)
        {
            _writes.Add(write);
        }
    }

    /// <summary>Records typed rows (of a lifecycle write) as the JSON they arrived as.</summary>
    public void Record<TRow>(HttpContext context, IReadOnlyList<TRow> rows) =>
        Record(context, rows.Select(r => JsonSerializer.SerializeToElement(r, EmulatorJson.Options)).ToList());
}
