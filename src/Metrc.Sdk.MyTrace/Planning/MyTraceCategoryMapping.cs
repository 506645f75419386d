namespace Metrc.Sdk.MyTrace;

/// <summary>The user's choice of MyTrace category for each partner item category.</summary>
public sealed class MyTraceCategoryMapping
{
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);

    /// <summary>The mappings: partner category external id → MyTrace category name.</summary>
    public IReadOnlyDictionary<string, string> Entries => _map;

    /// <summary>Maps every given partner category to the MyTrace category of the same (normalised) name, which the import creates when missing.</summary>
    /// <param name="categories">The partner categories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public static MyTraceCategoryMapping SameNames(IEnumerable<PartnerItemCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var mapping = new MyTraceCategoryMapping();
        foreach (PartnerItemCategory category in categories)
        {
            if (category is not null && !string.IsNullOrWhiteSpace(category.ExternalId) && !string.IsNullOrWhiteSpace(category.Name))
            {
                mapping.Map(category.ExternalId, category.Name);
            }
        }

        return mapping;
    }

    /// <summary>Maps a partner category to a MyTrace category (replacing an earlier choice).</summary>
    /// <param name="partnerCategoryExternalId">The partner category's external id.</param>
    /// <param name="myTraceCategoryName">The MyTrace category's name.</param>
    /// <returns>This mapping, for chaining.</returns>
    /// <exception cref="ArgumentException">An argument is null or blank.</exception>
    public MyTraceCategoryMapping Map(string partnerCategoryExternalId, string myTraceCategoryName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerCategoryExternalId);
        ArgumentException.ThrowIfNullOrWhiteSpace(myTraceCategoryName);
        _map[partnerCategoryExternalId] = MyTraceNames.Normalize(myTraceCategoryName);
        return this;
    }

    /// <summary>Removes the mapping of a partner category.</summary>
    /// <param name="partnerCategoryExternalId">The partner category's external id.</param>
    /// <returns>Whether a mapping was removed.</returns>
    public bool Unmap(string partnerCategoryExternalId) => partnerCategoryExternalId is not null && _map.Remove(partnerCategoryExternalId);

    /// <summary>The MyTrace category chosen for a partner category.</summary>
    /// <param name="partnerCategoryExternalId">The partner category's external id.</param>
    /// <param name="myTraceCategoryName">The MyTrace category's name, when mapped.</param>
    /// <returns>Whether the category is mapped.</returns>
    public bool TryGet(string? partnerCategoryExternalId, out string myTraceCategoryName)
    {
        myTraceCategoryName = string.Empty;
        return partnerCategoryExternalId is not null && _map.TryGetValue(partnerCategoryExternalId, out myTraceCategoryName!);
    }
}
