using NodaTime;

namespace Metrc.Sdk.Validation;

/// <summary>Startup checks of <see cref="MetrcValidationOptions"/> and per-state <see cref="MetrcStateRules"/>, with messages naming the option.</summary>
internal static class ValidationOptionsChecks
{
    public static void Validate(MetrcClientOptions options, List<string> failures)
    {
        MetrcValidationOptions validation = options.Validation;
        if (!Enum.IsDefined(validation.Mode))
        {
            failures.Add($"MetrcClientOptions.Validation.Mode '{validation.Mode}' is not a validation mode.");
        }

        Zone(validation.TimeZoneId, "MetrcClientOptions.Validation.TimeZoneId", failures);
        foreach ((string license, string zone) in validation.FacilityTimeZones)
        {
            Zone(zone, $"MetrcClientOptions.Validation.FacilityTimeZones[{license}]", failures);
        }

        foreach ((MetrcState state, MetrcStateRules rules) in validation.StateRules)
        {
            Rules(rules, $"MetrcClientOptions.Validation.StateRules[{state}]", failures);
        }

        foreach ((MetrcState state, MetrcStateOptions stateOptions) in options.States)
        {
            if (stateOptions.ValidationRules is { } rules)
            {
                Rules(rules, $"MetrcClientOptions.States[{state}].ValidationRules", failures);
            }
        }
    }

    private static void Rules(MetrcStateRules? rules, string path, List<string> failures)
    {
        if (rules is null)
        {
            failures.Add($"{path} must not be null.");
            return;
        }

        if (rules.PlantBatchCap < 1)
        {
            failures.Add($"{path}.PlantBatchCap must be greater than 0; it is {rules.PlantBatchCap}.");
        }

        if (rules.MaxTransferPackages < 1)
        {
            failures.Add($"{path}.MaxTransferPackages must be greater than 0; it is {rules.MaxTransferPackages}.");
        }

        if (rules.TimeZoneId is null)
        {
            failures.Add($"{path}.TimeZoneId must be an IANA time zone.");
        }
        else
        {
            Zone(rules.TimeZoneId, path + ".TimeZoneId", failures);
        }
    }

    private static void Zone(string? id, string path, List<string> failures)
    {
        if (id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
        {
            failures.Add($"{path} '{id}' is not an IANA time zone (for example America/Denver).");
        }
    }
}
