using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk;

/// <summary>
/// A Metrc write that takes a JSON array of rows: its name, HTTP method and path, and how a row is serialized. Pass one
/// of <see cref="MetrcWriteOperations"/> to <see cref="IMetrcBatchClient.WriteAsync{T}(MetrcWriteOperation{T}, string, IEnumerable{T}, MetrcRequestOptions?, CancellationToken)"/>.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class MetrcWriteOperation<T> : IMetrcWriteOperation
{
    internal MetrcWriteOperation(MetrcOperation operation, JsonTypeInfo<T> rowType)
    {
        Operation = operation;
        RowType = rowType;
    }

    /// <summary>The operation's stable name, for example <c>Packages.Create</c> (used by chunk-size options and telemetry).</summary>
    public string Name => Operation.Name;

    internal MetrcOperation Operation { get; }

    internal JsonTypeInfo<T> RowType { get; }

    /// <summary>The client-side rules rows must pass before they are sent; <see langword="null"/> when the SDK has none.</summary>
    internal Validation.IRowRules<T>? Rules { get; init; }

    /// <inheritdoc />
    public string Method => Operation.Method.Method;

    /// <inheritdoc />
    public string Route => Operation.Path;

    /// <inheritdoc />
    public Type RowClrType => typeof(T);

    /// <inheritdoc />
    public bool HasRules => Rules is not null;

    /// <inheritdoc />
    public bool HasReconciler => Reconciler is not null;

    /// <summary>How a lost answer is reconciled (the rows' natural keys), for writes that have one.</summary>
    internal Idempotency.IMetrcWriteReconciler<T>? Reconciler { get; init; }

    /// <summary>Whether a row carries the natural key <see cref="Reconciler"/> needs; <see langword="null"/> when every row does.</summary>
    internal Func<T, bool>? HasNaturalKey { get; init; }

    /// <summary>The reconciler for <paramref name="rows"/>: only when every row carries its natural key.</summary>
    internal Idempotency.IMetrcWriteReconciler<T>? ReconcilerFor(IReadOnlyList<T> rows)
    {
        if (Reconciler is null || HasNaturalKey is null)
        {
            return Reconciler;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            if (!HasNaturalKey(rows[i]))
            {
                return null;
            }
        }

        return Reconciler;
    }

    /// <inheritdoc />
    public override string ToString() => Operation.ToString();
}

/// <summary>
/// Every write of the SDK that takes rows, grouped like the client (<c>MetrcWriteOperations.Packages.Create</c>), for the
/// batch client and chunk-size options. Declared from the operation catalogue.
/// </summary>
public static partial class MetrcWriteOperations;
