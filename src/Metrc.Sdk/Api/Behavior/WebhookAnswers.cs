using Metrc.Sdk.Http;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Api;

/// <summary>Behaviour of the webhook operations: an answer with a success status can still report a failure.</summary>
internal static class WebhookAnswers
{
    /// <summary>Throws <see cref="MetrcWebhookException"/> when the answer carries an error or a facility without permission.</summary>
    public static void Check(WebhookOperationResult answer, MetrcOperation operation)
    {
        List<string>? denied = null;
        foreach (WebhookFacilityResult facility in answer.Facilities ?? [])
        {
            if (facility is { InvalidPermission: true })
            {
                (denied ??= []).Add(facility.LicenseNumber ?? "(unnamed facility)");
            }
        }

        if (string.IsNullOrWhiteSpace(answer.ErrorMessage) && denied is null)
        {
            return;
        }

        string message = $"Metrc's webhook host accepted {operation.Method.Method} {operation.Path} but reported a failure: "
            + (string.IsNullOrWhiteSpace(answer.ErrorMessage) ? string.Empty : answer.ErrorMessage + " ")
            + (denied is null ? string.Empty : $"no permission for facilities {string.Join(", ", denied)}.");
        throw new MetrcWebhookException(message.TrimEnd(), operation.Method.Method, operation.Path, answer.ErrorMessage, denied ?? []);
    }
}
