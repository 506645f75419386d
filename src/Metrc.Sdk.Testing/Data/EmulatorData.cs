using System.Text.Json.Serialization;
using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Testing.Data;

/// <summary>Everything the emulator knows; mutated only under <see cref="EmulatorStore.Lock"/>. Serialised for persistence.</summary>
internal sealed class EmulatorData
{
    public long NextId { get; set; } = 1000;

    public Dictionary<string, StateData> States { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many times each natural key (tag, batch name, receipt number, manifest) was created: proof of no duplicate writes.</summary>
    public Dictionary<string, int> WriteCounts { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class StateData
{
    public string Code { get; set; } = string.Empty;

    public Dictionary<string, FacilityData> Facilities { get; set; } = new(StringComparer.Ordinal);
}

internal sealed partial class FacilityData
{
    public string LicenseNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string UserKey { get; set; } = string.Empty;

    public DateOnly LicenseStart { get; set; }

    public Dictionary<string, TagData> Tags { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ItemData> Items { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, NamedData> Strains { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, NamedData> Locations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, BatchData> Batches { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, PlantData> Plants { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, HarvestData> Harvests { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, PackageData> Packages { get; set; } = new(StringComparer.Ordinal);

    public List<ReceiptData> Receipts { get; set; } = [];

    public List<TransferData> Transfers { get; set; } = [];
}

internal enum TagKind
{
    Plant,
    Package,
}

internal sealed class TagData
{
    public long Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public TagKind Kind { get; set; }

    public bool Used { get; set; }
}

internal sealed class ItemData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public QuantityKind Kind { get; set; }

    public string DefaultUnit { get; set; } = string.Empty;

    public string? Brand { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class NamedData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class BatchData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Strain { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;

    public int Untracked { get; set; }

    public int Tracked { get; set; }

    public DateOnly PlantedDate { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class PlantData
{
    public long Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public PlantGrowthPhase Phase { get; set; }

    public string BatchName { get; set; } = string.Empty;

    public string Strain { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;

    public DateOnly PlantedDate { get; set; }

    public DateOnly? VegetativeDate { get; set; }

    public DateOnly? FloweringDate { get; set; }

    public DateOnly? HarvestedDate { get; set; }

    public DateOnly? DestroyedDate { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed partial class HarvestData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string DryingLocation { get; set; } = string.Empty;

    public decimal WetWeight { get; set; }

    public decimal CurrentWeight { get; set; }

    public decimal PackagedWeight { get; set; }

    public string Unit { get; set; } = "Grams";

    public int PlantCount { get; set; }

    public DateOnly StartDate { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed partial class PackageData
{
    public long Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Item { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public string Unit { get; set; } = string.Empty;

    public PackageStatus Status { get; set; }

    public string LabTestingState { get; set; } = "NotSubmitted";

    public string? SourceHarvest { get; set; }

    public DateOnly PackagedDate { get; set; }

    public DateOnly? FinishedDate { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class ReceiptData
{
    public long Id { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public string? ExternalReceiptNumber { get; set; }

    public DateTimeOffset SalesDateTime { get; set; }

    public string SalesCustomerType { get; set; } = string.Empty;

    public bool IsFinal { get; set; }

    public List<ReceiptLineData> Lines { get; set; } = [];

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class ReceiptLineData
{
    public long PackageId { get; set; }

    public string PackageLabel { get; set; } = string.Empty;

    public string ProductName { get; set; } = string.Empty;

    public string ProductCategoryName { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public string Unit { get; set; } = string.Empty;

    public decimal TotalPrice { get; set; }
}

internal sealed class TransferData
{
    public long Id { get; set; }

    public string ManifestNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset Created { get; set; }

    public List<DeliveryData> Deliveries { get; set; } = [];

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class DeliveryData
{
    public long Id { get; set; }

    public string RecipientLicenseNumber { get; set; } = string.Empty;

    public string RecipientName { get; set; } = string.Empty;

    public DateTimeOffset? EstimatedDeparture { get; set; }

    public DateTimeOffset? EstimatedArrival { get; set; }

    public List<TransferPackageData> Packages { get; set; } = [];
}

internal sealed class TransferPackageData
{
    public long PackageId { get; set; }

    public string PackageLabel { get; set; } = string.Empty;

    public string ProductName { get; set; } = string.Empty;

    public string ProductCategoryName { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public string Unit { get; set; } = string.Empty;

    public decimal? WholesalePrice { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(EmulatorData))]
internal sealed partial class EmulatorDataJsonContext : JsonSerializerContext;
