namespace Metrc.Sdk.MyTrace;

/// <summary>Everything read from the source platform for one import.</summary>
public sealed record PartnerSnapshot
{
    /// <summary>Item categories.</summary>
    public IReadOnlyList<PartnerItemCategory> Categories { get; init; } = [];

    /// <summary>Catalog items.</summary>
    public IReadOnlyList<PartnerCatalogItem> Items { get; init; } = [];

    /// <summary>Customer accounts.</summary>
    public IReadOnlyList<PartnerAccount> Accounts { get; init; } = [];

    /// <summary>Sales orders.</summary>
    public IReadOnlyList<PartnerSalesOrder> Orders { get; init; } = [];
}
