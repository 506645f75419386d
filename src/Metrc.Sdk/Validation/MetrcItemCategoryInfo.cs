using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one item category of the state.</summary>
/// <param name="QuantityKind">How items of the category are measured: an item's unit of measure must be of this kind.</param>
/// <param name="RequiresStrain">Whether items of the category must name a strain.</param>
public sealed record MetrcItemCategoryInfo(QuantityKind QuantityKind, bool RequiresStrain = false);
