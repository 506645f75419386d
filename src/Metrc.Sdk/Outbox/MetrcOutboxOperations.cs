using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Outbox;

/// <summary>
/// The SDK's row writes as outbox operations, grouped like the client (<c>MetrcOutboxOperations.Packages.Create</c>). They are
/// always known to the drainer. Declared from the operation catalogue.
/// </summary>
public static partial class MetrcOutboxOperations;
