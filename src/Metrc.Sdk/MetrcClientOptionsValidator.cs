using Microsoft.Extensions.Options;

namespace Metrc.Sdk;

/// <summary>Validates <see cref="MetrcClientOptions"/> at startup with messages that name the option.</summary>
internal sealed class MetrcClientOptionsValidator : IValidateOptions<MetrcClientOptions>
{
    public ValidateOptionsResult Validate(string? name, MetrcClientOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Environment))
        {
            failures.Add($"MetrcClientOptions.Environment '{options.Environment}' is not a Metrc environment.");
        }

        if (options.DefaultState is { } defaultState && !Enum.IsDefined(defaultState))
        {
            failures.Add($"MetrcClientOptions.DefaultState '{defaultState}' is not a Metrc state.");
        }

        if (options.PageSize is < 1 or > MetrcClientOptions.MaxPageSize)
        {
            failures.Add($"MetrcClientOptions.PageSize must be between 1 and {MetrcClientOptions.MaxPageSize} (Metrc's limit); it is {options.PageSize}.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"MetrcClientOptions.AttemptTimeout must be positive; it is {options.AttemptTimeout}.");
        }

        if (options.TotalTimeout <= TimeSpan.Zero)
        {
            failures.Add($"MetrcClientOptions.TotalTimeout must be positive; it is {options.TotalTimeout}.");
        }
        else if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"MetrcClientOptions.AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"MetrcClientOptions.MaxRetryAttempts must be between 0 and 10; it is {options.MaxRetryAttempts}.");
        }

        if (options.MaxResponseBodySize is < 1024 or > 1024 * 1024 * 1024)
        {
            failures.Add($"MetrcClientOptions.MaxResponseBodySize must be between 1024 bytes and 1 GiB; it is {options.MaxResponseBodySize}.");
        }

        if (string.IsNullOrWhiteSpace(options.VendorKey) != string.IsNullOrWhiteSpace(options.UserKey))
        {
            failures.Add("MetrcClientOptions.VendorKey and UserKey must be set together (or neither, with an IMetrcCredentialProvider).");
        }
        else if (options.VendorKey?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add("MetrcClientOptions.VendorKey must not contain ':'.");
        }

        ValidateBatching(options.Batching, failures);
        ValidateThrottling(options.Throttling, "MetrcClientOptions.Throttling", failures);
        Validation.ValidationOptionsChecks.Validate(options, failures);
        foreach ((MetrcState state, MetrcStateOptions stateOptions) in options.States)
        {
            if (!Enum.IsDefined(state))
            {
                failures.Add($"MetrcClientOptions.States has an unknown state '{state}'.");
                continue;
            }

            if (stateOptions.DefaultChunkSize is < 1)
            {
                failures.Add($"MetrcClientOptions.States[{state}].DefaultChunkSize must be greater than 0; it is {stateOptions.DefaultChunkSize}.");
            }

            ValidateChunkSizes(stateOptions.ChunkSizes, $"MetrcClientOptions.States[{state}].ChunkSizes", failures);
            if (stateOptions.Throttling is { } throttling)
            {
                ValidateThrottling(throttling, $"MetrcClientOptions.States[{state}].Throttling", failures);
            }

            if (stateOptions.BaseAddress is not { } address)
            {
                continue;
            }

            if (!address.IsAbsoluteUri)
            {
                failures.Add($"MetrcClientOptions.States[{state}].BaseAddress '{address}' must be an absolute URI.");
            }
            else if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
            {
                failures.Add($"MetrcClientOptions.States[{state}].BaseAddress '{address}' must use https; plain http is only allowed for loopback addresses.");
            }
            else if (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"MetrcClientOptions.States[{state}].BaseAddress '{address}' must be an http(s) address.");
            }
            else if (!string.IsNullOrEmpty(address.UserInfo))
            {
                failures.Add($"MetrcClientOptions.States[{state}].BaseAddress must not carry user info; keys go through credentials.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBatching(MetrcBatchingOptions batching, List<string> failures)
    {
        if (batching.DefaultChunkSize < 1)
        {
            failures.Add($"MetrcClientOptions.Batching.DefaultChunkSize must be greater than 0; it is {batching.DefaultChunkSize}.");
        }

        if (batching.MaxConcurrentChunks < 1)
        {
            failures.Add($"MetrcClientOptions.Batching.MaxConcurrentChunks must be greater than 0; it is {batching.MaxConcurrentChunks}.");
        }

        ValidateChunkSizes(batching.ChunkSizes, "MetrcClientOptions.Batching.ChunkSizes", failures);
    }

    private static void ValidateThrottling(MetrcThrottlingOptions throttling, string path, List<string> failures)
    {
        foreach ((string name, int? value) in (ReadOnlySpan<(string, int?)>)[
            (nameof(throttling.GetsPerSecondPerVendorKey), throttling.GetsPerSecondPerVendorKey),
            (nameof(throttling.GetsPerSecondPerFacility), throttling.GetsPerSecondPerFacility),
            (nameof(throttling.WritesPerSecondPerVendorKey), throttling.WritesPerSecondPerVendorKey),
            (nameof(throttling.WritesPerSecondPerFacility), throttling.WritesPerSecondPerFacility),
            (nameof(throttling.ConcurrentPerVendorKey), throttling.ConcurrentPerVendorKey),
            (nameof(throttling.ConcurrentPerFacility), throttling.ConcurrentPerFacility)])
        {
            if (value is < 1)
            {
                failures.Add($"{path}.{name} must be greater than 0; it is {value}.");
            }
        }

        if (throttling.QueueLimit < 0)
        {
            failures.Add($"{path}.QueueLimit must not be negative; it is {throttling.QueueLimit}.");
        }

        if (throttling.DefaultPause <= TimeSpan.Zero || throttling.MaxPause < throttling.DefaultPause)
        {
            failures.Add($"{path}.DefaultPause must be positive and not above MaxPause ({throttling.DefaultPause} / {throttling.MaxPause}).");
        }

        if (throttling.AdaptiveMinimumShare is not (> 0 and <= 1))
        {
            failures.Add($"{path}.AdaptiveMinimumShare must be above 0 and at most 1; it is {throttling.AdaptiveMinimumShare}.");
        }

        if (throttling.AdaptiveRecoveryTime <= TimeSpan.Zero)
        {
            failures.Add($"{path}.AdaptiveRecoveryTime must be positive; it is {throttling.AdaptiveRecoveryTime}.");
        }
    }

    private static void ValidateChunkSizes(IDictionary<string, int> sizes, string path, List<string> failures)
    {
        foreach ((string operation, int size) in sizes)
        {
            if (size < 1)
            {
                failures.Add($"{path}[{operation}] must be greater than 0; it is {size}.");
            }
        }
    }
}
