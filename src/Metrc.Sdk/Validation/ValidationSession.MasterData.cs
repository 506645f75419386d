using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Validation;

// Checks of names the facility keeps (locations, sublocations, strains, additives templates).
internal sealed partial class ValidationSession
{
    /// <summary>A required location that, with a snapshot listing locations, exists.</summary>
    public bool Location(int row, FieldPath field, string? name) =>
        Named(row, field, name, Snapshot?.Locations, MetrcRuleCodes.LocationNotFound);

    /// <summary>A sublocation that, when given and with a snapshot listing sublocations, exists (sublocations are optional).</summary>
    public bool OptionalSublocation(int row, FieldPath field, string? name) =>
        string.IsNullOrEmpty(name) || Named(row, field, name, Snapshot?.Sublocations, MetrcRuleCodes.SublocationNotFound);

    /// <summary>A required strain that, with a snapshot listing strains, exists.</summary>
    public bool Strain(int row, FieldPath field, string? name) =>
        Named(row, field, name, Snapshot?.Strains, MetrcRuleCodes.StrainNotFound);

    /// <summary>A required additives template that, with a snapshot listing templates, exists.</summary>
    public bool AdditivesTemplate(int row, FieldPath field, string? name) =>
        Named(row, field, name, Snapshot?.AdditivesTemplates, MetrcRuleCodes.AdditivesTemplateNotFound);

    /// <summary>A required name that, when <paramref name="known"/> is set, is one of them; reports <paramref name="code"/> otherwise.</summary>
    public bool Named(int row, FieldPath field, string? name, IReadOnlySet<string>? known, string code)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (known is null || known.Contains(name!))
        {
            return true;
        }

        Report(row, field, code, $"{field.Name} '{name}' does not exist.");
        return false;
    }
}
