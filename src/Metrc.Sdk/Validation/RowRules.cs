namespace Metrc.Sdk.Validation;

/// <summary>Finds the rules of a write operation: the typed link the catalogue declares on the operation.</summary>
internal static class RowRules
{
    /// <summary>The rules of <paramref name="operation"/>, or <see langword="null"/> when the SDK has none for it.</summary>
    public static IRowRules<T>? For<T>(MetrcWriteOperation<T> operation) => operation.Rules;
}
