using Metrc.Sdk.AspNetCore;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Tests.Webhooks;

/// <summary>Registering and rotating subscriptions against the emulated webhook host (loopback).</summary>
public sealed class WebhookSubscriberTests
{
    private static readonly Uri CallbackBase = new("https://app.example.test/metrc/webhooks/");

    [Fact]
    public async Task A_registration_puts_a_fresh_secret_in_the_url_metrc_calls_and_the_registry_accepts_only_it()
    {
        await using Harness h = await Harness.StartAsync();

        MetrcWebhookEndpoint endpoint = await h.Subscriber.RegisterAsync(h.Client, h.Registration);

        WebhookSubscription subscription = Assert.Single(await h.Client.Webhooks.ListAsync());
        string secret = Assert.Single(endpoint.Secrets);
        Assert.Equal(CallbackBase + "packages/" + secret, subscription.Url);
        Assert.Equal("Package", subscription.ObjectType);
        Assert.True(secret.Length >= 43);
        Assert.True(h.Registry.TryAuthenticate("packages", secret, out string objectType, out string? license));
        Assert.Equal("Package", objectType);
        Assert.Equal(h.License, license);
        Assert.False(h.Registry.TryAuthenticate("packages", secret[..^1] + "x", out _, out _));
    }

    [Fact]
    public async Task A_rotation_registers_the_new_url_deletes_the_old_subscription_and_accepts_both_secrets_until_completed()
    {
        await using Harness h = await Harness.StartAsync();
        string oldSecret = Assert.Single((await h.Subscriber.RegisterAsync(h.Client, h.Registration)).Secrets);

        MetrcWebhookEndpoint rotated = await h.Subscriber.RegisterAsync(h.Client, h.Registration);

        string newSecret = rotated.Secrets[0];
        Assert.NotEqual(oldSecret, newSecret);
        WebhookSubscription subscription = Assert.Single(await h.Client.Webhooks.ListAsync());
        Assert.EndsWith("/" + newSecret, subscription.Url, StringComparison.Ordinal);
        Assert.True(h.Registry.TryAuthenticate("packages", oldSecret, out _, out _));
        Assert.True(h.Registry.TryAuthenticate("packages", newSecret, out _, out _));

        Assert.True(h.Subscriber.CompleteRotation(h.Registration));

        Assert.False(h.Registry.TryAuthenticate("packages", oldSecret, out _, out _));
        Assert.True(h.Registry.TryAuthenticate("packages", newSecret, out _, out _));
        Assert.False(h.Subscriber.CompleteRotation(h.Registration));
    }

    [Fact]
    public async Task A_registration_metrc_refuses_leaves_no_new_secret_accepted()
    {
        await using Harness h = await Harness.StartAsync();
        MetrcWebhookRegistration unknownFacility = h.Registration with { FacilityLicenseNumbers = ["NOT-A-LICENCE"] };

        await Assert.ThrowsAsync<MetrcWebhookException>(() => h.Subscriber.RegisterAsync(h.Client, unknownFacility));

        Assert.False(h.Registry.TryAuthenticate("packages", "any-secret-of-sufficient-length", out _, out _));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Subscriber.RegisterAsync(h.Client, h.Registration with { CallbackBaseAddress = new Uri("/relative", UriKind.Relative) }));
    }

    private sealed class Harness : IAsyncDisposable
    {
        private readonly MetrcClientFactory _factory;

        private Harness(MetrcEmulator emulator)
        {
            Emulator = emulator;
            _factory = new MetrcClientFactory(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) };
                o.WebhooksBaseAddress = emulator.WebhooksBaseAddress;
                o.MaxRetryAttempts = 0;
            });
            Client = _factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, emulator.Facilities[0].UserKey));
            Registry = new MetrcWebhookRegistry(Options.Create(new MetrcWebhookOptions()));
            Subscriber = new MetrcWebhookSubscriber(Registry);
            Registration = new MetrcWebhookRegistration
            {
                Name = "packages",
                ObjectType = "Package",
                CallbackBaseAddress = CallbackBase,
                FacilityLicenseNumbers = [License],
                UserApiKey = emulator.Facilities[0].UserKey,
                VendorApiKey = emulator.VendorKey,
            };
        }

        public MetrcEmulator Emulator { get; }

        public IMetrcClient Client { get; }

        public MetrcWebhookRegistry Registry { get; }

        public MetrcWebhookSubscriber Subscriber { get; }

        public MetrcWebhookRegistration Registration { get; }

        public string License => Emulator.Facilities[0].LicenseNumber;

        public static async Task<Harness> StartAsync()
        {
            var options = new MetrcEmulatorOptions { FacilitiesPerState = 1, TagsPerFacility = 5 };
            options.RateLimits.Enabled = false;
            return new Harness(await MetrcEmulator.StartAsync(options));
        }

        public async ValueTask DisposeAsync()
        {
            await _factory.DisposeAsync();
            await Emulator.DisposeAsync();
        }
    }
}
