using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Plant batches (untagged, immature plants).</summary>
public interface IPlantBatchesClient
{
    /// <summary>Active plant batches (<c>GET /plantbatches/v2/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<PlantBatch> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Tags plants out of a batch into the vegetative phase (<c>POST /plantbatches/v2/growthphase</c>).</summary>
    Task<MetrcWriteResult> ChangeGrowthPhaseAsync(string licenseNumber, IEnumerable<ChangePlantBatchGrowthPhaseRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates plant batches from seeds or clones (<c>POST /plantbatches/v2/plantings</c>).</summary>
    Task<MetrcWriteResult> CreatePlantingsAsync(string licenseNumber, IEnumerable<CreatePlantingsRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
