using Metrc.Sdk.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Registers and maps the Metrc webhook endpoints.</summary>
public static class MetrcWebhookExtensions
{
    /// <summary>
    /// Adds what <see cref="MapMetrcWebhooks"/> needs: the options, the <see cref="MetrcWebhookRegistry"/> and (by
    /// default) a log filter that keeps ASP.NET Core's request-URL logging, which would write the secret, at Warning.
    /// Callbacks go to the registered <c>ISyncSink</c>, the same one the sync engine uses.
    /// </summary>
    public static IServiceCollection AddMetrcWebhooks(this IServiceCollection services, Action<MetrcWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MetrcWebhookOptions>().Configure(configure)
            .Validate(static o => o.MaxBodyBytes > 0, "MetrcWebhookOptions.MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<MetrcWebhookRegistry>();
        services.TryAddSingleton<MetrcWebhookSubscriber>();
        services.TryAddSingleton<MetrcWebhookHandler>();
        services.AddOptions<LoggerFilterOptions>().Configure<Microsoft.Extensions.Options.IOptions<MetrcWebhookOptions>>(static (filter, webhooks) =>
        {
            if (webhooks.Value.SuppressRequestUrlLogging)
            {
                // The categories that write the request path: hosting's request start/finish (Information, Debug) and
                // the route matcher (Debug).
                filter.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning, null));
                filter.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Routing.Matching", LogLevel.Warning, null));
            }
        });

        return services;
    }

    /// <summary>
    /// Maps <c>POST</c>/<c>PUT</c> <c>{prefix}/{name}/{secret}</c> for the callbacks in the <see cref="MetrcWebhookRegistry"/>:
    /// 401 for an unknown name or a wrong or missing secret (logged without secret or body), 400 for a body that is not
    /// <c>{"data": [...], "datacount": N}</c> of the subscription's object type, 413 over the size limit, 200 once the
    /// sink took the records.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="prefix">The path prefix. Default: <c>/metrc/webhooks</c>.</param>
    public static IEndpointConventionBuilder MapMetrcWebhooks(this IEndpointRouteBuilder endpoints, string prefix = "/metrc/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        prefix = "/" + prefix.Trim('/');
        RouteGroupBuilder group = endpoints.MapGroup(prefix);
        RequestDelegate handle = static context => context.RequestServices.GetRequiredService<MetrcWebhookHandler>().HandleAsync(context);
        group.MapMethods("/{**rest}", ["POST", "PUT"], handle);
        group.MapMethods("/", ["POST", "PUT"], handle);
        return group;
    }
}
