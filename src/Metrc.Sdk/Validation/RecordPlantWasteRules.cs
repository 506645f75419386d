using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/waste</c>.</summary>
internal sealed class RecordPlantWasteRules : IRowRules<RecordPlantWasteRequest>
{
    public static readonly RecordPlantWasteRules Instance = new();

    public void Check(ValidationSession s, int row, RecordPlantWasteRequest r)
    {
        s.Waste(row, r.WasteMethodName, r.ReasonName, r.WasteWeight, r.UnitOfMeasureName);
        if (r.PlantLabels is { Count: > 0 } || string.IsNullOrWhiteSpace(r.LocationName))
        {
            // Waste of plants names them; waste of a room names the location instead.
            s.PlantLabels(row, "PlantLabels", r.PlantLabels);
        }

        if (!string.IsNullOrWhiteSpace(r.LocationName))
        {
            s.Location(row, "LocationName", r.LocationName);
        }

        s.OptionalSublocation(row, "SublocationName", r.SublocationName);
        s.Date(row, "WasteDate", r.WasteDate);
    }
}
