using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulated webhook host: X-Metrc-Auth, subscriptions in memory, failures hidden behind status 200.</summary>
public sealed class WebhookEmulatorTests
{
    private static HttpClient Raw(EmulatorHarness h, string? vendorKey)
    {
        var http = new HttpClient { BaseAddress = h.Emulator.WebhooksBaseAddress };
        if (vendorKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Metrc-Auth", vendorKey);
        }

        return http;
    }

    [Fact]
    public async Task Subscriptions_are_kept_upserted_enabled_disabled_and_deleted()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        IWebhooksClient webhooks = h.Client.Webhooks;

        WebhookOperationResult created = await webhooks.UpsertAsync([CatalogueCoverageTests.Subscription("Package", h.License)]);
        await webhooks.UpsertAsync([CatalogueCoverageTests.Subscription("Plant", h.License)]);
        WebhookSubscription package = Assert.Single(await webhooks.ListAsync(), s => s.ObjectType == "Package");

        Assert.NotNull(created.SubscriptionId);
        Assert.Equal(created.SubscriptionId, package.SubscriptionId);
        Assert.Equal("Active", package.Status);
        Assert.Equal("POST", package.Verb);
        Assert.Equal([h.License], package.FacilityLicenseNumbers);

        await webhooks.DisableAsync(created.SubscriptionId!);
        Assert.Equal("Inactive", (await webhooks.ListAsync()).Single(s => s.SubscriptionId == created.SubscriptionId).Status);
        await webhooks.EnableAsync(created.SubscriptionId!);
        Assert.Equal("Active", (await webhooks.ListAsync()).Single(s => s.SubscriptionId == created.SubscriptionId).Status);

        // The same object type and URL again updates the subscription instead of adding one.
        await webhooks.UpsertAsync([CatalogueCoverageTests.Subscription("Package", h.License) with { Verb = "PUT" }]);
        IReadOnlyList<WebhookSubscription> afterUpdate = await webhooks.ListAsync();
        Assert.Equal(2, afterUpdate.Count);
        Assert.Equal("PUT", afterUpdate.Single(s => s.SubscriptionId == created.SubscriptionId).Verb);

        await webhooks.DeleteAsync(created.SubscriptionId!);
        Assert.Equal(["Plant"], (await webhooks.ListAsync()).Select(s => s.ObjectType));
        Assert.Equal(6, h.Emulator.GetWrites().Count(w => w.Operation.StartsWith("Webhooks.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_subscription_is_answered_200_with_errorMessage_and_the_sdk_throws_MetrcWebhookException()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = Raw(h, h.Emulator.VendorKey);

        using HttpResponseMessage response = await raw.PutAsync("webhooks/v2/enable/sub-missing", null);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sub-missing", body.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        MetrcWebhookException enable = await Assert.ThrowsAsync<MetrcWebhookException>(() => h.Client.Webhooks.EnableAsync("sub-missing"));
        Assert.Contains("sub-missing", enable.MetrcMessage, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MetrcWebhookException>(() => h.Client.Webhooks.DisableAsync("sub-missing"));
        await Assert.ThrowsAsync<MetrcWebhookException>(() => h.Client.Webhooks.DeleteAsync("sub-missing"));
    }

    [Fact]
    public async Task A_facility_the_keys_cannot_reach_is_reported_as_invalidPermission()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        MetrcWebhookException error = await Assert.ThrowsAsync<MetrcWebhookException>(
            () => h.Client.Webhooks.UpsertAsync([CatalogueCoverageTests.Subscription("Harvest", h.License, "XX-UNKNOWN-1")]));

        Assert.Equal(["XX-UNKNOWN-1"], error.FacilitiesWithoutPermission);
        Assert.Equal([h.License], Assert.Single(await h.Client.Webhooks.ListAsync()).FacilityLicenseNumbers);
    }

    [Fact]
    public async Task The_webhook_host_authenticates_by_the_vendor_key_in_X_Metrc_Auth_only()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient none = Raw(h, null);
        using HttpClient wrong = Raw(h, "wrong-vendor");
        using HttpClient basic = Raw(h, null);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{h.Emulator.VendorKey}:{h.Facility.UserKey}")));
        using HttpClient right = Raw(h, h.Emulator.VendorKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("webhooks/v2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("webhooks/v2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await basic.GetAsync("webhooks/v2")).StatusCode);
        Assert.Equal("[]", await right.GetStringAsync("webhooks/v2"));
        Assert.Equal(HttpStatusCode.NotFound, (await right.GetAsync("packages/v2/active")).StatusCode);
        await Assert.ThrowsAsync<MetrcAuthenticationException>(() => h.ClientFor(h.Facility.UserKey, vendorKey: "wrong-vendor").Webhooks.ListAsync());
    }

    [Fact]
    public async Task An_invalid_subscription_row_is_reported_in_errorMessage_and_not_kept()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await Assert.ThrowsAsync<MetrcWebhookException>(
            () => h.Client.Webhooks.UpsertAsync([CatalogueCoverageTests.Subscription("NotAType", h.License)]));

        Assert.Empty(await h.Client.Webhooks.ListAsync());
    }
}
