namespace Metrc.Sdk.Sync;

/// <summary>The shape every paged, <c>lastModified</c>-filterable list method of the client has (e.g. <c>client.Packages.ListActiveAsync</c>).</summary>
/// <typeparam name="T">The record type.</typeparam>
public delegate MetrcPageable<T> MetrcListMethod<T>(string licenseNumber, MetrcListFilter? filter, MetrcRequestOptions? options, CancellationToken cancellationToken);
