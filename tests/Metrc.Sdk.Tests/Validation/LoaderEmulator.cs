using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>
/// An emulator on a fake clock plus a service provider whose Colorado client validates automatically against a
/// <see cref="MetrcLifecycleSnapshotLoader"/> reading that emulator.
/// </summary>
internal sealed class LoaderEmulator : IAsyncDisposable
{
    private LoaderEmulator(MetrcEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        Services = services;
    }

    public MetrcEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public EmulatedFacility Facility => Emulator.Facilities[0];

    public IMetrcClient Client => Services.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);

    /// <summary>Starts both; <paramref name="colorado"/>, when set, replaces Colorado's state rules on both sides.</summary>
    public static async Task<LoaderEmulator> StartAsync(FakeTimeProvider clock, MetrcStateRules? colorado = null)
    {
        var options = new MetrcEmulatorOptions { TimeProvider = clock, TagsPerFacility = 30 };
        options.RateLimits.Enabled = false;
        if (colorado is not null)
        {
            options.StateRules[MetrcState.Co] = colorado;
        }

        MetrcEmulator emulator = await MetrcEmulator.StartAsync(options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddMetrcClient(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
                o.MaxRetryAttempts = 0;
                o.Batching.ResubmitValidRows = false;
                if (colorado is not null)
                {
                    o.Validation.StateRules[MetrcState.Co] = colorado;
                }
            })
            .AddCredentialProvider(new StaticMetrcCredentialProvider(new MetrcCredentials(emulator.VendorKey, emulator.AllFacilitiesUserKey)));
        services.AddSingleton<IMetrcLifecycleSnapshotProvider>(sp => new MetrcLifecycleSnapshotLoader(sp.GetRequiredService<IMetrcClientFactory>(), clock));
        return new LoaderEmulator(emulator, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
