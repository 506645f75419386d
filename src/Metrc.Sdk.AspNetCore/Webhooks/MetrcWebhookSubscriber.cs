using System.Collections.Concurrent;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.AspNetCore;

/// <summary>
/// Registers webhook subscriptions with Metrc through <see cref="IMetrcClient.Webhooks"/>, each with a fresh
/// unguessable secret in its callback URL, and rotates those secrets: the new secret is accepted before Metrc is told
/// about it, and the old one stays accepted until <see cref="CompleteRotation"/> (callbacks already on their way can
/// arrive up to ~15 minutes later).
/// </summary>
public sealed class MetrcWebhookSubscriber
{
    private readonly MetrcWebhookRegistry _registry;
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>Creates the subscriber over the registry the webhook endpoints authenticate against.</summary>
    /// <param name="registry">The registry.</param>
    public MetrcWebhookSubscriber(MetrcWebhookRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>
    /// Registers <paramref name="registration"/> with a fresh secret. Called again for the same name, it rotates: the
    /// new URL is registered, the subscription with the previous URL is deleted, and both secrets are accepted until
    /// <see cref="CompleteRotation"/>.
    /// </summary>
    /// <param name="client">A client for any state (webhook operations go to Metrc's webhook host).</param>
    /// <param name="registration">What to register.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The callback now accepted.</returns>
    /// <exception cref="MetrcWebhookException">Metrc reported a failure (the new secret is then no longer accepted).</exception>
    public async Task<MetrcWebhookEndpoint> RegisterAsync(IMetrcClient client, MetrcWebhookRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.CallbackBaseAddress is not { IsAbsoluteUri: true } callbackBase || callbackBase.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("CallbackBaseAddress must be an absolute http(s) address.", nameof(registration));
        }

        string secret = MetrcWebhookSecrets.Create();
        Uri url = CallbackUrl(callbackBase, registration.Name, secret);
        State? previous = _states.TryGetValue(registration.Name, out State? known) ? known : null;

        // Accept the new secret first, so a callback that follows the registration at once is not refused.
        MetrcWebhookEndpoint endpoint = Endpoint(registration, previous is null ? [secret] : [secret, previous.Secret]);
        _registry.Set(endpoint);
        try
        {
            await client.Webhooks.UpsertAsync(
                [new WebhookSubscriptionRequest
                {
                    ObjectType = registration.ObjectType,
                    Url = url.AbsoluteUri,
                    Verb = registration.Verb,
                    Status = "Active",
                    UserApiKey = registration.UserApiKey,
                    TpiApiKey = registration.VendorApiKey,
                    FacilityLicenseNumbers = registration.FacilityLicenseNumbers,
                }],
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Metrc did not take the new URL: go back to what was accepted before.
            if (previous is null)
            {
                _registry.Remove(registration.Name);
            }
            else
            {
                _registry.Set(Endpoint(registration, [previous.Secret]));
            }

            throw;
        }

        _states[registration.Name] = new State(secret, url.AbsoluteUri, previous?.Secret);
        if (previous is not null)
        {
            await DeleteByUrlAsync(client, previous.Url, cancellationToken).ConfigureAwait(false);
        }

        return endpoint;
    }

    /// <summary>Stops accepting the secret a rotation replaced (call it once callbacks sent before the rotation have arrived).</summary>
    /// <param name="registration">The registration that was rotated.</param>
    /// <returns>Whether an old secret was dropped.</returns>
    public bool CompleteRotation(MetrcWebhookRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (!_states.TryGetValue(registration.Name, out State? state) || state.PreviousSecret is null)
        {
            return false;
        }

        _registry.Set(Endpoint(registration, [state.Secret]));
        _states[registration.Name] = state with { PreviousSecret = null };
        return true;
    }

    private static async Task DeleteByUrlAsync(IMetrcClient client, string url, CancellationToken cancellationToken)
    {
        foreach (WebhookSubscription subscription in await client.Webhooks.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (subscription.SubscriptionId is { Length: > 0 } id && string.Equals(subscription.Url, url, StringComparison.Ordinal))
            {
                await client.Webhooks.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Uri CallbackUrl(Uri callbackBase, string name, string secret)
    {
        string root = callbackBase.AbsoluteUri.EndsWith('/') ? callbackBase.AbsoluteUri : callbackBase.AbsoluteUri + "/";
        return new Uri(root + Uri.EscapeDataString(name) + "/" + secret, UriKind.Absolute);
    }

    private static MetrcWebhookEndpoint Endpoint(MetrcWebhookRegistration registration, IEnumerable<string> secrets)
    {
        var endpoint = new MetrcWebhookEndpoint { Name = registration.Name, ObjectType = registration.ObjectType, LicenseNumber = registration.LicenseNumber };
        foreach (string secret in secrets)
        {
            endpoint.Secrets.Add(secret);
        }

        return endpoint;
    }

    private sealed record State(string Secret, string Url, string? PreviousSecret);
}
