namespace Metrc.Sdk;

/// <summary>A write that takes rows, whatever its row type (see <see cref="MetrcWriteOperations.All"/>).</summary>
public interface IMetrcWriteOperation
{
    /// <summary>The operation's stable name, for example <c>Packages.Create</c>.</summary>
    string Name { get; }

    /// <summary>The HTTP method (<c>POST</c>, <c>PUT</c> or <c>DELETE</c>).</summary>
    string Method { get; }

    /// <summary>The route relative to the state's base address, for example <c>packages/v2</c>.</summary>
    string Route { get; }

    /// <summary>The row type.</summary>
    Type RowClrType { get; }

    /// <summary>Whether the SDK validates the rows before sending them.</summary>
    bool HasRules { get; }

    /// <summary>Whether a lost answer can be reconciled by reading the rows' natural keys back.</summary>
    bool HasReconciler { get; }
}
