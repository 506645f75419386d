using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Tests.Validation;

public sealed class ValidationOptionsTests
{
    [Fact]
    public void Bad_time_zones_and_caps_fail_at_startup_naming_the_option()
    {
        var options = new MetrcClientOptions();
        options.Validation.TimeZoneId = "Mars/Olympus";
        options.Validation.FacilityTimeZones["CO-LIC-1"] = "Nowhere";
        options.Validation.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { PlantBatchCap = 0 };
        options.States[MetrcState.Ok] = new MetrcStateOptions { ValidationRules = MetrcStateRules.Default with { MaxTransferPackages = -1, TimeZoneId = "America/Nowhere" } };

        ValidateOptionsResult result = new MetrcClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Validation.TimeZoneId 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("FacilityTimeZones[CO-LIC-1]", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("StateRules[Co].PlantBatchCap", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("States[Ok].ValidationRules.MaxTransferPackages", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("States[Ok].ValidationRules.TimeZoneId", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_and_real_zones_pass()
    {
        var options = new MetrcClientOptions();
        options.Validation.FacilityTimeZones["MI-LIC-1"] = "America/Menominee";
        options.Validation.StateRules[MetrcState.Mi] = MetrcStateRules.For(MetrcState.Mi) with { LabTestRequiredForSale = true };

        Assert.True(new MetrcClientOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validation_options_bind_from_configuration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Metrc:Validation:Mode"] = "WarningsOnly",
            ["Metrc:Validation:TimeZoneId"] = "America/Chicago",
            ["Metrc:Validation:LicenseStartDates:CO-LIC-1"] = "2024-03-01",
            ["Metrc:Validation:WarningCodes:0"] = "date.before_license",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<MetrcClientOptions>().Bind(configuration.GetSection("Metrc"));
        using ServiceProvider provider = services.BuildServiceProvider();

        MetrcValidationOptions validation = provider.GetRequiredService<IOptions<MetrcClientOptions>>().Value.Validation;

        Assert.Equal(MetrcValidationMode.WarningsOnly, validation.Mode);
        Assert.Equal("America/Chicago", validation.TimeZoneId);
        Assert.Equal(new DateOnly(2024, 3, 1), validation.LicenseStartDates["CO-LIC-1"]);
        Assert.Contains("date.before_license", validation.WarningCodes);
    }
}
