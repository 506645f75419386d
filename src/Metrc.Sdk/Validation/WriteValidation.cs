using Metrc.Sdk.Batching;
using Microsoft.Extensions.Logging;

namespace Metrc.Sdk.Validation;

/// <summary>
/// The validation step of the write path (first layer a write passes): validates the rows of a write before any of
/// them is sent, and throws, logs or stays silent according to <see cref="MetrcValidationMode"/>.
/// </summary>
internal sealed class WriteValidation
{
    private readonly MetrcValidator _validator;
    private readonly MetrcValidationOptions _options;
    private readonly MetrcState _state;
    private readonly MetrcStateRules? _stateRules;
    private readonly IMetrcLifecycleSnapshotProvider? _snapshots;
    private readonly ILogger _logger;

    public WriteValidation(MetrcValidationOptions options, MetrcState state, MetrcStateRules? stateRules, IMetrcLifecycleSnapshotProvider? snapshots, TimeProvider time, ILogger logger)
    {
        _snapshots = snapshots;
        _options = options;
        _state = state;
        _stateRules = stateRules;
        _logger = logger;
        _validator = new MetrcValidator(options, time);
    }

    /// <summary>After a write (whatever its outcome): a cached snapshot of the facility no longer describes it.</summary>
    public void Written(string licenseNumber)
    {
        if (_snapshots is MetrcLifecycleSnapshotLoader loader)
        {
            loader.Invalidate(_state, licenseNumber);
        }
    }

    /// <summary>The mode for one call: the call's override, else the client's.</summary>
    public MetrcValidationMode ModeFor(MetrcRequestOptions? options) => options?.ValidationMode ?? _options.Mode;

    /// <summary>Validates every row of a write held in memory; throws before anything is sent when the mode is <see cref="MetrcValidationMode.Enabled"/>.</summary>
    /// <exception cref="MetrcValidationException">A row breaks a rule (client-side; nothing was sent).</exception>
    public async ValueTask ValidateAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, IReadOnlyList<T> rows, MetrcRequestOptions? options, CancellationToken cancellationToken)
    {
        MetrcValidationMode mode = ModeFor(options);
        if (mode == MetrcValidationMode.Disabled || RowRules.For(operation) is not { } rules)
        {
            return;
        }

        ValidationSession session = await BeginAsync(licenseNumber, options, cancellationToken).ConfigureAwait(false);
        session.Validate(rules, rows);
        Conclude(operation.Name, mode, session.ToResult());
    }

    /// <summary>Wraps a streamed row source so each chunk is validated before it is sent (tags stay unique across chunks).</summary>
    public async ValueTask<RowReader<T>> WrapAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, RowReader<T> rows, MetrcRequestOptions? options, CancellationToken cancellationToken)
    {
        MetrcValidationMode mode = ModeFor(options);
        if (mode == MetrcValidationMode.Disabled || RowRules.For(operation) is not { } rules)
        {
            return rows;
        }

        ValidationSession session = await BeginAsync(licenseNumber, options, cancellationToken).ConfigureAwait(false);
        return new ValidatingRowReader<T>(rows, session, rules, chunk => Conclude(operation.Name, mode, chunk));
    }

    private async ValueTask<ValidationSession> BeginAsync(string licenseNumber, MetrcRequestOptions? options, CancellationToken cancellationToken)
    {
        MetrcLifecycleSnapshot? snapshot = options?.LifecycleSnapshot;
        if (snapshot is null && _snapshots is { } provider)
        {
            snapshot = await provider.GetSnapshotAsync(_state, licenseNumber, cancellationToken).ConfigureAwait(false);
        }

        return _validator.Begin(new MetrcValidationContext { LicenseNumber = licenseNumber, State = _state, Rules = _stateRules, Snapshot = snapshot });
    }

    private void Conclude(string operation, MetrcValidationMode mode, MetrcValidationResult result)
    {
        if (result.Issues.Count == 0)
        {
            return;
        }

        string summary = string.Join("; ", result.Issues.Take(5)) + (result.Issues.Count > 5 ? $"; and {result.Issues.Count - 5} more" : string.Empty);
        if (result.IsValid)
        {
            ValidationLog.Warnings(_logger, operation, result.WarningCount, summary);
            return;
        }

        if (mode == MetrcValidationMode.WarningsOnly)
        {
            ValidationLog.SendingInvalid(_logger, operation, result.ErrorCount, result.WarningCount, summary);
            return;
        }

        ValidationLog.Rejected(_logger, operation, result.ErrorCount, summary);
        result.ThrowIfInvalid(operation);
    }
}
