using System.Text.Json.Serialization;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Serialization;

/// <summary>
/// The source-generated serializer for every Metrc model: no reflection at run time. Adding an operation means adding
/// its row type (writes) or its <c>List&lt;T&gt;</c> (lists) here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LocalDateJsonConverter), typeof(OffsetDateTimeJsonConverter)])]
[JsonSerializable(typeof(Facility))]
[JsonSerializable(typeof(List<Facility>))]
[JsonSerializable(typeof(Package))]
[JsonSerializable(typeof(List<Package>))]
[JsonSerializable(typeof(CreatePackageRequest))]
[JsonSerializable(typeof(FinishPackageRequest))]
[JsonSerializable(typeof(UnfinishPackageRequest))]
[JsonSerializable(typeof(AdjustPackageRequest))]
[JsonSerializable(typeof(Plant))]
[JsonSerializable(typeof(List<Plant>))]
[JsonSerializable(typeof(PlantBatch))]
[JsonSerializable(typeof(List<PlantBatch>))]
[JsonSerializable(typeof(CreatePlantingsRequest))]
[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(List<Item>))]
[JsonSerializable(typeof(List<ItemCategory>))]
[JsonSerializable(typeof(List<Location>))]
[JsonSerializable(typeof(List<Strain>))]
[JsonSerializable(typeof(List<MetrcTag>))]
[JsonSerializable(typeof(List<UnitOfMeasure>))]
[JsonSerializable(typeof(Harvest))]
[JsonSerializable(typeof(List<Harvest>))]
[JsonSerializable(typeof(ChangePlantBatchGrowthPhaseRequest))]
[JsonSerializable(typeof(ChangePlantGrowthPhaseRequest))]
[JsonSerializable(typeof(HarvestPlantRequest))]
[JsonSerializable(typeof(DestroyPlantRequest))]
[JsonSerializable(typeof(CreateHarvestPackageRequest))]
[JsonSerializable(typeof(SalesReceipt))]
[JsonSerializable(typeof(List<SalesReceipt>))]
[JsonSerializable(typeof(CreateSalesReceiptRequest))]
[JsonSerializable(typeof(List<OutgoingTransfer>))]
[JsonSerializable(typeof(List<TransferPackage>))]
[JsonSerializable(typeof(CreateOutgoingTransferRequest))]
// Paging envelopes, read in one pass (PageResponseReader); a list type without one here is read the slower way.
[JsonSerializable(typeof(MetrcEnvelope<Facility>))]
[JsonSerializable(typeof(MetrcEnvelope<Package>))]
[JsonSerializable(typeof(MetrcEnvelope<Plant>))]
[JsonSerializable(typeof(MetrcEnvelope<PlantBatch>))]
[JsonSerializable(typeof(MetrcEnvelope<Item>))]
[JsonSerializable(typeof(MetrcEnvelope<ItemCategory>))]
[JsonSerializable(typeof(MetrcEnvelope<Location>))]
[JsonSerializable(typeof(MetrcEnvelope<Strain>))]
[JsonSerializable(typeof(MetrcEnvelope<MetrcTag>))]
[JsonSerializable(typeof(MetrcEnvelope<UnitOfMeasure>))]
[JsonSerializable(typeof(MetrcEnvelope<Harvest>))]
[JsonSerializable(typeof(MetrcEnvelope<SalesReceipt>))]
[JsonSerializable(typeof(MetrcEnvelope<OutgoingTransfer>))]
[JsonSerializable(typeof(MetrcEnvelope<TransferPackage>))]
internal sealed partial class MetrcJsonContext : JsonSerializerContext;
