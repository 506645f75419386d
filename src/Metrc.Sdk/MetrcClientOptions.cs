namespace Metrc.Sdk;

/// <summary>Options of the Metrc clients. Defaults are the safe production values.</summary>
/// <remarks>Validated when the host starts (and before the first client is created); invalid values fail with a message naming the option.</remarks>
public sealed class MetrcClientOptions
{
    /// <summary>The largest page size Metrc v2 accepts.</summary>
    public const int MaxPageSize = 20;

    /// <summary>Production or sandbox hosts for states without an explicit base address. Default: production.</summary>
    public MetrcEnvironment Environment { get; set; } = MetrcEnvironment.Production;

    /// <summary>
    /// The state a directly injected <see cref="IMetrcClient"/> talks to. Optional when clients are created through
    /// <see cref="IMetrcClientFactory"/>.
    /// </summary>
    public MetrcState? DefaultState { get; set; }

    /// <summary>Per-state overrides (base address, environment), keyed by state.</summary>
    public IDictionary<MetrcState, MetrcStateOptions> States { get; } = new Dictionary<MetrcState, MetrcStateOptions>();

    /// <summary>
    /// The vendor key used when no <see cref="IMetrcCredentialProvider"/> is registered. Set it together with
    /// <see cref="UserKey"/>, typically from configuration or a secret store; never log it.
    /// </summary>
    public string? VendorKey { get; set; }

    /// <summary>The user key used when no <see cref="IMetrcCredentialProvider"/> is registered. See <see cref="VendorKey"/>.</summary>
    public string? UserKey { get; set; }

    /// <summary>Rows per page for list calls, 1 to <see cref="MaxPageSize"/>. Default: 20.</summary>
    public int PageSize { get; set; } = MaxPageSize;

    /// <summary>Metrc's webhook host, which serves the webhook subscription operations for every state.</summary>
    public static readonly Uri DefaultWebhooksBaseAddress = new("https://services-connect.metrc.com/");

    /// <summary>
    /// The base address of Metrc's webhook host (<see cref="IMetrcClient.Webhooks"/>). Default:
    /// <c>https://services-connect.metrc.com/</c>; point it at a proxy or the emulator in tests.
    /// </summary>
    public Uri WebhooksBaseAddress { get; set; } = DefaultWebhooksBaseAddress;

    /// <summary>
    /// Operation names (for example <c>ProcessingJobs.ListActive</c>) to call in every state, even where the SDK's catalogue
    /// does not list the state as offering them: for when Metrc adds an operation to a state before the SDK knows.
    /// Without it such a call fails with <see cref="MetrcOperationUnavailableException"/> before any request.
    /// </summary>
    public ISet<string> AllowedUnlistedOperations { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How long one HTTP attempt may take before it is abandoned. Default: 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take including its retries. Default: 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many times an attempt is sent again, 0 to 10. Default: 3. Any method is sent again after a 429 (once
    /// <c>Retry-After</c> has passed, when that fits in <see cref="TotalTimeout"/>) and after a failure that proves the
    /// request never reached Metrc (name resolution, refused connection, TLS handshake, the client-side throttle's full
    /// queue); GET, PUT and DELETE also on transient failures (5xx, timeouts, dropped connections). A POST that may have
    /// reached Metrc is never sent again blindly.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// Whether the API groups' write methods go through the idempotency ledger: intent is recorded before sending, a
    /// replayed operation key returns the recorded result without sending, and after a lost answer the rows' natural
    /// keys are read back from Metrc so only missing rows are resent (or, without natural keys, the write surfaces as
    /// <see cref="MetrcOutcomeUnknownException"/>). The ledger is the registered <c>IIdempotencyLedger</c> (SQLite with
    /// <c>UseSqliteOutbox</c> from Metrc.Sdk.Sqlite, Redis with <c>UseRedisIdempotencyLedger</c> from Metrc.Sdk.Redis), else an in-memory one. Writes without natural keys need
    /// <see cref="MetrcRequestOptions.OperationKey"/>. Default: <see langword="false"/>.
    /// </summary>
    public bool IdempotentWrites { get; set; }

    /// <summary>The default of <see cref="MaxResponseBodySize"/>: 64 MiB, far above any real Metrc answer (a page of 20 packages is ~65 KB).</summary>
    public const int DefaultMaxResponseBodySize = 64 * 1024 * 1024;

    /// <summary>
    /// The longest response body the SDK reads, in bytes (1 KiB to 1 GiB). A longer body (declared or streamed) ends the
    /// read with <see cref="MetrcResponseFormatException"/>, so a broken proxy or a hostile server cannot make the
    /// process allocate without bound. Default: <see cref="DefaultMaxResponseBodySize"/> (64 MiB).
    /// </summary>
    public int MaxResponseBodySize { get; set; } = DefaultMaxResponseBodySize;

    /// <summary>How writes of many rows are cut into requests: chunk sizes, concurrency, ordering, resubmission.</summary>
    public MetrcBatchingOptions Batching { get; } = new();

    /// <summary>Client-side rate limits per vendor key and facility (Metrc's published limits by default).</summary>
    public MetrcThrottlingOptions Throttling { get; } = new();

    /// <summary>Client-side validation of writes before they are sent (on by default): mode, per-state rules, time zones, snapshots.</summary>
    public MetrcValidationOptions Validation { get; } = new();

    /// <summary>Returns the base address for <paramref name="state"/>: the override if set, else the default host.</summary>
    public Uri GetBaseAddress(MetrcState state)
    {
        if (States.TryGetValue(state, out MetrcStateOptions? stateOptions))
        {
            if (stateOptions.BaseAddress is { } address)
            {
                return EnsureTrailingSlash(address);
            }

            return MetrcStates.GetBaseAddress(state, stateOptions.Environment ?? Environment);
        }

        return MetrcStates.GetBaseAddress(state, Environment);
    }

    private static Uri EnsureTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
