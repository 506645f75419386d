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

/// <summary>Validates each chunk as the batch runner reads it; a failing chunk fails the read, so it is never sent.</summary>
internal sealed class ValidatingRowReader<T>(RowReader<T> inner, ValidationSession session, IRowRules<T> rules, Action<MetrcValidationResult> conclude) : RowReader<T>
{
    public override async ValueTask<int> ReadAsync(T[] buffer, int firstIndex, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            count = await inner.ReadAsync(buffer, firstIndex, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ReadBeforeFailure = inner.ReadBeforeFailure;
        }

        int before = session.Issues.Count;
        session.Validate(rules, buffer, firstIndex, count);
        if (session.Issues.Count > before)
        {
            var chunkIssues = new List<MetrcValidationIssue>(session.Issues.Count - before);
            for (int i = before; i < session.Issues.Count; i++)
            {
                chunkIssues.Add(session.Issues[i]);
            }

            ReadBeforeFailure = count;
            conclude(new MetrcValidationResult(chunkIssues, count));
        }

        return count;
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>Log messages of client-side validation (event ids 1300+).</summary>
internal static partial class ValidationLog
{
    [LoggerMessage(EventId = 1300, EventName = "ValidationRejected", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: validation rejected the write before sending ({ErrorCount} error(s)): {Summary}")]
    public static partial void Rejected(ILogger logger, string operation, int errorCount, string summary);

    [LoggerMessage(EventId = 1301, EventName = "ValidationSendingInvalid", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: validation found {ErrorCount} error(s) and {WarningCount} warning(s); sending anyway (WarningsOnly): {Summary}")]
    public static partial void SendingInvalid(ILogger logger, string operation, int errorCount, int warningCount, string summary);

    [LoggerMessage(EventId = 1302, EventName = "ValidationWarnings", Level = LogLevel.Information,
        Message = "Metrc {Operation}: validation found {WarningCount} warning(s): {Summary}")]
    public static partial void Warnings(ILogger logger, string operation, int warningCount, string summary);
}
