using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Packages: lists by status, reads by id or label, creation, finish/unfinish and adjustments.</summary>
public interface IPackagesClient
{
    /// <summary>Active packages of a facility (<c>GET /packages/v2/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options (credentials, timeout).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<Package> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Packages on hold (<c>GET /packages/v2/onhold</c>). See <see cref="ListActiveAsync"/> for parameters.</summary>
    MetrcPageable<Package> ListOnHoldAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Inactive (finished or used up) packages (<c>GET /packages/v2/inactive</c>). See <see cref="ListActiveAsync"/>.</summary>
    MetrcPageable<Package> ListInactiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Packages in transit (<c>GET /packages/v2/intransit</c>). See <see cref="ListActiveAsync"/>.</summary>
    MetrcPageable<Package> ListInTransitAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One package by Metrc id (<c>GET /packages/v2/{id}</c>).</summary>
    /// <exception cref="MetrcNotFoundException">No such package.</exception>
    Task<Package> GetByIdAsync(string licenseNumber, long id, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One package by tag (<c>GET /packages/v2/{label}</c>).</summary>
    /// <exception cref="MetrcNotFoundException">No such package.</exception>
    Task<Package> GetByLabelAsync(string licenseNumber, string label, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates packages from existing packages (<c>POST /packages/v2/</c>).</summary>
    /// <exception cref="MetrcRowsException">Rows were rejected, by the SDK's validators or by Metrc, all or some of them (<see cref="MetrcValidationException"/> when none was applied, <see cref="MetrcBatchException"/> when the others were); <see cref="MetrcException.RowErrors"/> names them.</exception>
    /// <exception cref="MetrcOutcomeUnknownException">The answer was lost: the rows named in <see cref="MetrcOutcomeUnknownException.Rows"/> may have been applied.</exception>
    Task<MetrcWriteResult> CreateAsync(string licenseNumber, IEnumerable<CreatePackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Finishes packages (<c>PUT /packages/v2/finish</c>); a finished package cannot be sold until unfinished.</summary>
    Task<MetrcWriteResult> FinishAsync(string licenseNumber, IEnumerable<FinishPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Unfinishes packages (<c>PUT /packages/v2/unfinish</c>).</summary>
    Task<MetrcWriteResult> UnfinishAsync(string licenseNumber, IEnumerable<UnfinishPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adjusts package quantities (<c>POST /packages/v2/adjust</c>).</summary>
    Task<MetrcWriteResult> AdjustAsync(string licenseNumber, IEnumerable<AdjustPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
