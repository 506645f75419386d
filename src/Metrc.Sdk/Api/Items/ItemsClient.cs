using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class ItemsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IItemsClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Items.ListActive", "items/v2/active");
    private static readonly MetrcOperation s_listCategories = MetrcOperation.Get("Items.ListCategories", "items/v2/categories");

    private static readonly PageResponseReader<Item> s_list = new(MetrcJsonContext.Default.ListItem);
    private static readonly PageResponseReader<ItemCategory> s_categories = new(MetrcJsonContext.Default.ListItemCategory);

    public MetrcPageable<Item> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<IReadOnlyList<ItemCategory>> ListCategoriesAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(s_listCategories, licenseNumber, options, s_categories, cancellationToken);
}
