using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Tagged plants.</summary>
public interface IPlantsClient
{
    /// <summary>Vegetative plants of a facility (<c>GET /plants/v2/vegetative</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<Plant> ListVegetativeAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Flowering plants (<c>GET /plants/v2/flowering</c>). See <see cref="ListVegetativeAsync"/>.</summary>
    MetrcPageable<Plant> ListFloweringAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One plant by tag (<c>GET /plants/v2/{label}</c>).</summary>
    /// <exception cref="MetrcNotFoundException">No such plant.</exception>
    Task<Plant> GetByLabelAsync(string licenseNumber, string label, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Moves plants to a later growth phase (<c>PUT /plants/v2/growthphase</c>); a plant never goes back.</summary>
    Task<MetrcWriteResult> ChangeGrowthPhaseAsync(string licenseNumber, IEnumerable<ChangePlantGrowthPhaseRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Harvests flowering plants into a harvest batch (<c>PUT /plants/v2/harvest</c>).</summary>
    Task<MetrcWriteResult> HarvestAsync(string licenseNumber, IEnumerable<HarvestPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Takes a partial harvest (manicure) from flowering plants (<c>PUT /plants/v2/manicure</c>).</summary>
    Task<MetrcWriteResult> ManicureAsync(string licenseNumber, IEnumerable<HarvestPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Destroys plants with their waste (<c>DELETE /plants/v2/</c>).</summary>
    Task<MetrcWriteResult> DestroyAsync(string licenseNumber, IEnumerable<DestroyPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
