using System.CommandLine;
using System.Reflection;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace Metrc.Sdk.Samples;

/// <summary>
/// Where a sample sends its calls: the bundled emulator on 127.0.0.1 (no arguments, no keys), or a real Metrc state
/// (<c>--state co --license LIC</c>) with keys from environment variables or user secrets, never from the command line.
/// </summary>
internal sealed class MetrcTargetOptions
{
    public const string VendorKeyVariable = "METRC_VENDOR_KEY";
    public const string UserKeyVariable = "METRC_USER_KEY";

    public Option<string?> State { get; } = new("--state")
    {
        Description = $"Call this state's Metrc (co, mi, ...) instead of the bundled emulator. Keys: {VendorKeyVariable} and {UserKeyVariable}, or user secrets Metrc:VendorKey and Metrc:UserKey.",
    };

    public Option<MetrcEnvironment> Environment { get; } = new("--environment")
    {
        Description = "With --state: Sandbox or Production.",
        DefaultValueFactory = _ => MetrcEnvironment.Sandbox,
    };

    public Option<string?> BaseAddress { get; } = new("--base-address")
    {
        Description = "With --state: send to this address instead (a proxy or a standalone emulator from samples/Metrc.Emulator).",
    };

    public Option<string?> License { get; } = new("--license") { Description = "With --state: the facility's licence number." };

    public MetrcTargetOptions()
    {
        State.Validators.Add(result =>
        {
            if (!MetrcStates.TryParse(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError($"Unknown state '{result.GetValueOrDefault<string?>()}'; use a code such as co or mi.");
            }
        });
        BaseAddress.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string?>(), UriKind.Absolute, out Uri? address) || address.Scheme is not ("http" or "https"))
            {
                result.AddError($"--base-address '{result.GetValueOrDefault<string?>()}' is not an absolute http(s) address.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(State);
        command.Options.Add(Environment);
        command.Options.Add(BaseAddress);
        command.Options.Add(License);
    }

    /// <summary>Starts the emulator (no <c>--state</c>) or reads the real state's keys.</summary>
    /// <exception cref="SampleUsageException">A key or the licence is missing.</exception>
    public async Task<MetrcTarget> ResolveAsync(ParseResult parse, MetrcEmulatorOptions? emulatorOptions = null, CancellationToken cancellationToken = default)
    {
        string? code = parse.GetValue(State);
        if (code is null)
        {
            if (parse.GetResult(License) is not null || parse.GetResult(BaseAddress) is not null)
            {
                throw new SampleUsageException("--license and --base-address need --state.");
            }

            MetrcEmulator emulator = await MetrcEmulator.StartAsync(emulatorOptions ?? new MetrcEmulatorOptions(), cancellationToken);
            EmulatedFacility facility = emulator.Facilities[0];
            return new MetrcTarget
            {
                Emulator = emulator,
                Facility = facility,
                State = MetrcState.Co,
                BaseAddress = emulator.GetBaseAddress(MetrcState.Co),
                Credentials = new MetrcCredentials(emulator.VendorKey, facility.UserKey),
                License = facility.LicenseNumber,
            };
        }

        _ = MetrcStates.TryParse(code, out MetrcState state);
        string license = parse.GetValue(License) ?? throw new SampleUsageException("--state needs --license (the facility's licence number).");
        IConfiguration secrets = new ConfigurationBuilder()
            .AddUserSecrets(Assembly.GetEntryAssembly()!, optional: true)
            .Build();
        string vendorKey = Key(VendorKeyVariable, "Metrc:VendorKey", secrets);
        string userKey = Key(UserKeyVariable, "Metrc:UserKey", secrets);
        return new MetrcTarget
        {
            State = state,
            BaseAddress = parse.GetValue(BaseAddress) is { } address ? new Uri(address, UriKind.Absolute) : null,
            Environment = parse.GetValue(Environment),
            Credentials = new MetrcCredentials(vendorKey, userKey),
            License = license,
        };
    }

    private static string Key(string variable, string secret, IConfiguration secrets) =>
        System.Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : secrets[secret] is { Length: > 0 } fromSecrets ? fromSecrets
        : throw new SampleUsageException($"No {secret}: set {variable} or run `dotnet user-secrets set {secret} <key> --id metrc-sdk-samples`.");
}

/// <summary>The resolved target; disposing it stops the emulator when one was started.</summary>
internal sealed class MetrcTarget : IAsyncDisposable
{
    public MetrcEmulator? Emulator { get; init; }

    public EmulatedFacility? Facility { get; init; }

    public required MetrcState State { get; init; }

    public Uri? BaseAddress { get; init; }

    public MetrcEnvironment Environment { get; init; }

    public required MetrcCredentials Credentials { get; init; }

    public required string License { get; init; }

    /// <summary>Points the client options at this target.</summary>
    public void Configure(MetrcClientOptions options)
    {
        options.Environment = Environment;
        if (BaseAddress is not null)
        {
            options.States[State] = new MetrcStateOptions { BaseAddress = BaseAddress };
        }
    }

    public override string ToString() => Emulator is not null
        ? $"the bundled Metrc emulator at {BaseAddress} (facility {License})"
        : $"Metrc {MetrcStates.GetCode(State)} ({BaseAddress?.ToString() ?? Environment.ToString()}, facility {License})";

    public async ValueTask DisposeAsync()
    {
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
