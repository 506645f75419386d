namespace Metrc.Sdk.Testing.Data;

// The facility's sublocations and additives templates (locations and strains are in EmulatorData.cs).
internal sealed partial class FacilityData
{
    public Dictionary<string, NamedData> Sublocations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, NamedData> AdditivesTemplates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
