using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Items (products) and item categories.</summary>
public interface IItemsClient
{
    /// <summary>Active items of a facility (<c>GET /items/v2/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<Item> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The state's item categories (<c>GET /items/v2/categories</c>).</summary>
    Task<IReadOnlyList<ItemCategory>> ListCategoriesAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
