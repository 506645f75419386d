using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Units of measure (a lookup, not scoped to a facility).</summary>
public interface IUnitsOfMeasureClient
{
    /// <summary>The active units of measure (<c>GET /unitsofmeasure/v2/active</c>; a bare JSON array).</summary>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<UnitOfMeasure>> ListActiveAsync(MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
