using Metrc.Sdk.Models;
using Metrc.Sdk.Validation;
using NodaTime;

namespace Metrc.Sdk;

/// <summary>
/// Checks write rows against Metrc's lifecycle rules before they are sent: tag format and reuse, required fields,
/// quantities, dates, units, per-state caps and, given a <see cref="MetrcLifecycleSnapshot"/>, the state of tags, plants
/// and packages. The clients run it automatically before every write (<see cref="MetrcValidationOptions.Mode"/>); call
/// it yourself to check rows early, for example when a user enters them.
/// </summary>
/// <example>
/// <code>
/// MetrcValidationResult result = MetrcValidator.Default.Validate(rows, new MetrcValidationContext { State = MetrcState.Co });
/// result.ThrowIfInvalid(); // MetrcValidationException with the same RowErrors shape as a Metrc 400
/// </code>
/// </example>
// RS0026/RS0027: one Validate per request type and per row list, each with an optional context, reads best at call sites.
#pragma warning disable RS0026, RS0027
public sealed class MetrcValidator
{
    private readonly MetrcValidationOptions _options;
    private readonly Func<Instant> _now;

    /// <summary>Creates a validator judging "today" by <paramref name="timeProvider"/> (the system clock by default).</summary>
    /// <param name="options">Rules, time zones and licence starts; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public MetrcValidator(MetrcValidationOptions? options = null, TimeProvider? timeProvider = null)
    {
        TimeProvider time = timeProvider ?? TimeProvider.System;
        _options = options ?? new MetrcValidationOptions();
        _now = () => Instant.FromDateTimeOffset(time.GetUtcNow());
    }

    /// <summary>Creates a validator judging "today" by a NodaTime clock.</summary>
    /// <param name="clock">The clock (for example <c>SystemClock.Instance</c> or a <c>FakeClock</c>).</param>
    /// <param name="options">Rules, time zones and licence starts; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public MetrcValidator(IClock clock, MetrcValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _options = options ?? new MetrcValidationOptions();
        _now = clock.GetCurrentInstant;
    }

    /// <summary>A validator with default options on the system clock.</summary>
    public static MetrcValidator Default { get; } = new();

    /// <summary>Validates the rows of any write the SDK knows (one of <see cref="MetrcWriteOperations"/>).</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="operation">The write.</param>
    /// <param name="rows">The rows, validated as one write.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index; valid when the SDK has no rules for <paramref name="operation"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate<T>(MetrcWriteOperation<T> operation, IEnumerable<T> rows, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(rows);
        IReadOnlyList<T> list = rows as IReadOnlyList<T> ?? rows.ToList();
        ValidationSession session = Begin(context);
        if (RowRules.For(operation) is { } rules)
        {
            session.Validate(rules, list);
        }

        return session.ToResult();
    }

    /// <summary>Validates one row of a package created from packages (<c>POST /packages/v2</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(CreatePackageRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Packages.Create, [request], context);
    }

    /// <summary>Validates the rows of a package created from packages (<c>POST /packages/v2</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<CreatePackageRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Packages.Create, rows, context);

    /// <summary>Validates one row of a package finish (<c>PUT /packages/v2/finish</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(FinishPackageRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Packages.Finish, [request], context);
    }

    /// <summary>Validates the rows of a package finish (<c>PUT /packages/v2/finish</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<FinishPackageRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Packages.Finish, rows, context);

    /// <summary>Validates one row of a package unfinish (<c>PUT /packages/v2/unfinish</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(UnfinishPackageRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Packages.Unfinish, [request], context);
    }

    /// <summary>Validates the rows of a package unfinish (<c>PUT /packages/v2/unfinish</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<UnfinishPackageRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Packages.Unfinish, rows, context);

    /// <summary>Validates one row of a package adjustment (<c>POST /packages/v2/adjust</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(AdjustPackageRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Packages.Adjust, [request], context);
    }

    /// <summary>Validates the rows of a package adjustment (<c>POST /packages/v2/adjust</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<AdjustPackageRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Packages.Adjust, rows, context);

    /// <summary>Validates one row of a new plant batch (<c>POST /plantbatches/v2/plantings</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(CreatePlantingsRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.PlantBatches.CreatePlantings, [request], context);
    }

    /// <summary>Validates the rows of a new plant batch (<c>POST /plantbatches/v2/plantings</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<CreatePlantingsRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.PlantBatches.CreatePlantings, rows, context);

    /// <summary>Validates one row of plants tagged out of a batch (<c>POST /plantbatches/v2/growthphase</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(ChangePlantBatchGrowthPhaseRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.PlantBatches.ChangeGrowthPhase, [request], context);
    }

    /// <summary>Validates the rows of plants tagged out of a batch (<c>POST /plantbatches/v2/growthphase</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<ChangePlantBatchGrowthPhaseRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.PlantBatches.ChangeGrowthPhase, rows, context);

    /// <summary>Validates one row of a plant growth phase change (<c>PUT /plants/v2/growthphase</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(ChangePlantGrowthPhaseRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Plants.ChangeGrowthPhase, [request], context);
    }

    /// <summary>Validates the rows of a plant growth phase change (<c>PUT /plants/v2/growthphase</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<ChangePlantGrowthPhaseRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Plants.ChangeGrowthPhase, rows, context);

    /// <summary>Validates one row of a plant harvest (<c>PUT /plants/v2/harvest</c>; for a manicure use the operation overload with <see cref="MetrcWriteOperations.Plants.Manicure"/>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(HarvestPlantRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Plants.Harvest, [request], context);
    }

    /// <summary>Validates the rows of a plant harvest (<c>PUT /plants/v2/harvest</c>; for a manicure use the operation overload with <see cref="MetrcWriteOperations.Plants.Manicure"/>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<HarvestPlantRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Plants.Harvest, rows, context);

    /// <summary>Validates one row of a plant destroy (<c>DELETE /plants/v2</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(DestroyPlantRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Plants.Destroy, [request], context);
    }

    /// <summary>Validates the rows of a plant destroy (<c>DELETE /plants/v2</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<DestroyPlantRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Plants.Destroy, rows, context);

    /// <summary>Validates one row of a package created from harvests (<c>POST /harvests/v2/packages</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(CreateHarvestPackageRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Harvests.CreatePackages, [request], context);
    }

    /// <summary>Validates the rows of a package created from harvests (<c>POST /harvests/v2/packages</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<CreateHarvestPackageRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Harvests.CreatePackages, rows, context);

    /// <summary>Validates one row of a sales receipt (<c>POST /sales/v2/receipts</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(CreateSalesReceiptRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Sales.CreateReceipts, [request], context);
    }

    /// <summary>Validates the rows of a sales receipt (<c>POST /sales/v2/receipts</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<CreateSalesReceiptRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Sales.CreateReceipts, rows, context);

    /// <summary>Validates one row of an outgoing transfer manifest (<c>POST /transfers/v2/templates/outgoing</c>).</summary>
    /// <param name="request">The row.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, with <see cref="MetrcValidationIssue.RowIndex"/> 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public MetrcValidationResult Validate(CreateOutgoingTransferRequest request, MetrcValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(MetrcWriteOperations.Transfers.CreateOutgoing, [request], context);
    }

    /// <summary>Validates the rows of an outgoing transfer manifest (<c>POST /transfers/v2/templates/outgoing</c>), as one write (tags must be unique across rows).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="context">The facility, state and snapshot; <see langword="null"/> runs the stateless rules with the default rules.</param>
    /// <returns>The issues found, by row index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public MetrcValidationResult Validate(IEnumerable<CreateOutgoingTransferRequest> rows, MetrcValidationContext? context = null) =>
        Validate(MetrcWriteOperations.Transfers.CreateOutgoing, rows, context);

    /// <summary>Starts a validation run (for the write path, which validates chunk by chunk).</summary>
    internal ValidationSession Begin(MetrcValidationContext? context)
    {
        MetrcStateRules rules = MetrcStateRules.Resolve(_options, context?.State, context?.Rules);
        MetrcLifecycleSnapshot? snapshot = context?.Snapshot;
        string? license = context?.LicenseNumber ?? snapshot?.LicenseNumber;
        DateTimeZone zone = context?.TimeZone ?? snapshot?.TimeZone ?? MetrcClock.ResolveZone(_options, license, rules);
        LocalDate? licenseStart = context?.LicenseStartDate
            ?? snapshot?.LicenseStartDate
            ?? (license is not null && _options.LicenseStartDates.TryGetValue(license, out DateOnly start) ? LocalDate.FromDateOnly(start) : null);
        return new ValidationSession(_now(), zone, licenseStart, rules, snapshot, license, _options.WarningCodes);
    }
}
#pragma warning restore RS0026, RS0027
