using Metrc.Sdk.Lifecycle;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>Locations, sublocations and strains named by a write must exist when the snapshot lists them.</summary>
public sealed class PlaceRuleTests
{
    private static readonly MetrcValidator V = Validator();

    private static MetrcLifecycleSnapshot Places() => new()
    {
        LicenseNumber = License,
        Locations = new HashSet<string>(["Veg Room", "Flower Room", "Dry Room", "Vault"], StringComparer.OrdinalIgnoreCase),
        Strains = new HashSet<string>(["Blue Dream"], StringComparer.OrdinalIgnoreCase),
        Sublocations = new HashSet<string>(["Shelf 1"], StringComparer.OrdinalIgnoreCase),
        AdditivesTemplates = new HashSet<string>(["Weekly Feed"], StringComparer.OrdinalIgnoreCase),
    };

    [Fact]
    public void Known_places_and_strains_pass_in_any_case()
    {
        Assert.True(V.Validate(Planting() with { Location = "veg room", Strain = "BLUE DREAM" }, Co(Places())).IsValid);
        Assert.True(V.Validate(Harvest() with { DryingLocation = "Dry Room" }, Co(Places())).IsValid);
        Assert.True(V.Validate(PlantPhase() with { NewLocation = "Flower Room" }, Co(Places())).IsValid);
    }

    [Fact]
    public void Unknown_places_are_not_checked_without_a_list()
    {
        Assert.True(V.Validate(Planting() with { Location = "Moon Room", Strain = "Purple Haze" }, Co(new MetrcLifecycleSnapshot { LicenseNumber = License })).IsValid);
    }

    [Theory]
    [InlineData("location", "Location", MetrcRuleCodes.LocationNotFound)]
    [InlineData("strain", "Strain", MetrcRuleCodes.StrainNotFound)]
    [InlineData("drying location", "DryingLocation", MetrcRuleCodes.LocationNotFound)]
    [InlineData("new location", "NewLocation", MetrcRuleCodes.LocationNotFound)]
    public void Unknown_places_are_reported_with_their_field(string what, string field, string code)
    {
        MetrcValidationResult result = what switch
        {
            "location" => V.Validate(Planting() with { Location = "Moon Room" }, Co(Places())),
            "strain" => V.Validate(Planting() with { Strain = "Purple Haze" }, Co(Places())),
            "drying location" => V.Validate(Harvest() with { DryingLocation = "Moon Room" }, Co(Places())),
            _ => V.Validate(PlantPhase() with { NewLocation = "Moon Room" }, Co(Places())),
        };

        MetrcValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal((0, field, code), (issue.RowIndex, issue.Field, issue.Code));
        Assert.Contains("does not exist", issue.Message, StringComparison.Ordinal);
    }
}
