namespace Metrc.Sdk;

/// <summary>
/// A client for one state's Metrc API. API groups are properties:
/// <c>client.Packages.ListActiveAsync(licenseNumber)</c>. Thread-safe; cheap to create through
/// <see cref="IMetrcClientFactory"/>.
/// </summary>
public interface IMetrcClient
{
    /// <summary>The state this client talks to.</summary>
    MetrcState State { get; }

    /// <summary>The base address requests go to.</summary>
    Uri BaseAddress { get; }

    /// <summary>
    /// "Now" and "today" in a facility's time zone, on this client's <see cref="TimeProvider"/>: use
    /// <c>Clock.GetToday(licenseNumber)</c> for business dates, never the UTC date.
    /// </summary>
    MetrcClock Clock { get; }

    /// <summary>Facilities the user key can act for.</summary>
    IFacilitiesClient Facilities { get; }

    /// <summary>Harvest batches.</summary>
    IHarvestsClient Harvests { get; }

    /// <summary>Items (products) and item categories.</summary>
    IItemsClient Items { get; }

    /// <summary>Locations.</summary>
    ILocationsClient Locations { get; }

    /// <summary>Packages.</summary>
    IPackagesClient Packages { get; }

    /// <summary>Plant batches.</summary>
    IPlantBatchesClient PlantBatches { get; }

    /// <summary>Tagged plants.</summary>
    IPlantsClient Plants { get; }

    /// <summary>Sales receipts.</summary>
    ISalesClient Sales { get; }

    /// <summary>Strains.</summary>
    IStrainsClient Strains { get; }

    /// <summary>Plant and package tags.</summary>
    ITagsClient Tags { get; }

    /// <summary>Transfers between licensees.</summary>
    ITransfersClient Transfers { get; }

    /// <summary>Units of measure.</summary>
    IUnitsOfMeasureClient UnitsOfMeasure { get; }

    /// <summary>Batched writes of any number of rows with every row's outcome.</summary>
    IMetrcBatchClient Batches { get; }
}
