using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Api;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Outbox;

/// <summary>
/// A write the outbox can store and send later: its name, how its rows are serialized, how it is sent, and (when the
/// rows have natural keys) how a lost answer is reconciled. See <see cref="MetrcOutboxOperations"/> for the built-in ones.
/// </summary>
public abstract class OutboxOperation
{
    private protected OutboxOperation(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The operation name stored with each entry (for example <c>Packages.Create</c>).</summary>
    public string Name { get; }

    internal abstract Task<MetrcWriteResult> ExecuteAsync(IMetrcClient client, IdempotentWriter writer, OutboxEntry entry, CancellationToken cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An outbox operation over rows of <typeparamref name="TRow"/>.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class OutboxOperation<TRow> : OutboxOperation
{
    private readonly JsonTypeInfo<TRow> _rowType;
    private readonly Func<IMetrcClient, string, IReadOnlyList<TRow>, CancellationToken, Task<MetrcWriteResult>> _send;

    /// <summary>The outbox operation of a row write: its name, row type, reconciler and method come from <paramref name="operation"/>.</summary>
    /// <param name="operation">The write (one of <see cref="MetrcWriteOperations"/>).</param>
    /// <param name="send">Sends rows for a facility.</param>
    /// <returns>The outbox operation.</returns>
    public static OutboxOperation<TRow> For(
        MetrcWriteOperation<TRow> operation,
        Func<IMetrcClient, string, IReadOnlyList<TRow>, CancellationToken, Task<MetrcWriteResult>> send)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new(operation.Name, operation.RowType, send, operation.Reconciler, operation.Operation.IsIdempotent);
    }

    /// <summary>Declares an outbox operation.</summary>
    /// <param name="name">A stable name; entries refer to the operation by it, also after a restart.</param>
    /// <param name="rowType">Source-generated JSON metadata of the row type.</param>
    /// <param name="send">Sends rows for a facility (for example <c>(c, lic, rows, ct) => c.Packages.CreateAsync(lic, rows, cancellationToken: ct)</c>).</param>
    /// <param name="reconciler">Reads back which rows exist, for writes with natural keys; <see langword="null"/> otherwise.</param>
    /// <param name="isIdempotentMethod">Whether the write is a PUT/DELETE that is safe to resend without reconciliation.</param>
    public OutboxOperation(
        string name,
        JsonTypeInfo<TRow> rowType,
        Func<IMetrcClient, string, IReadOnlyList<TRow>, CancellationToken, Task<MetrcWriteResult>> send,
        IMetrcWriteReconciler<TRow>? reconciler = null,
        bool isIdempotentMethod = false)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(rowType);
        ArgumentNullException.ThrowIfNull(send);
        _rowType = rowType;
        _send = send;
        Reconciler = reconciler;
        IsIdempotentMethod = isIdempotentMethod;
    }

    /// <summary>The reconciler, when the rows have natural keys.</summary>
    public IMetrcWriteReconciler<TRow>? Reconciler { get; }

    /// <summary>Whether the write is safe to resend without reconciliation.</summary>
    public bool IsIdempotentMethod { get; }

    internal string Serialize(IReadOnlyList<TRow> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * Math.Max(1, rows.Count));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (int i = 0; i < rows.Count; i++)
            {
                JsonSerializer.Serialize(writer, rows[i], _rowType);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal List<TRow> Deserialize(string payload)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(payload));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The stored payload of {Name} is not a JSON array.");
        }

        var rows = new List<TRow>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            rows.Add(JsonSerializer.Deserialize(ref reader, _rowType) ?? throw new JsonException($"The stored payload of {Name} holds a null row."));
        }

        return rows;
    }

    internal override Task<MetrcWriteResult> ExecuteAsync(IMetrcClient client, IdempotentWriter writer, OutboxEntry entry, CancellationToken cancellationToken)
    {
        List<TRow> rows = Deserialize(entry.Payload);
        return writer.WriteAsync(
            new IdempotentWrite<TRow>
            {
                Client = client,
                Operation = Name,
                LicenseNumber = entry.LicenseNumber,
                Rows = rows,
                OperationKey = entry.OperationKey,
                Reconciler = Reconciler,
                IsIdempotentMethod = IsIdempotentMethod,
                MaxRounds = 1, // the outbox backs off between attempts instead of resending at once
                Send = (batch, ct) => _send(client, entry.LicenseNumber, batch, ct),
            },
            cancellationToken);
    }

    internal string DeriveOperationKey(string licenseNumber, IReadOnlyList<TRow> rows)
    {
        if (Reconciler is null)
        {
            // No natural key: the entry itself is the unit of idempotency.
            return $"{Name}:{licenseNumber}:{Guid.NewGuid():N}";
        }

        var keys = new string[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            keys[i] = Reconciler.GetNaturalKey(rows[i]);
        }

        return OperationKeys.Derive(Name, licenseNumber, keys);
    }

    internal static IReadOnlyList<TRow> Rows(IEnumerable<TRow> rows) => MetrcRows.Materialize(rows);
}
