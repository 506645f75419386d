namespace Metrc.Sdk.MyTrace;

/// <summary>The kinds of record an import handles, in dependency order.</summary>
public enum MyTraceEntityKind
{
    /// <summary>Product categories (imported first).</summary>
    Category,

    /// <summary>Products (need their category).</summary>
    Product,

    /// <summary>Accounts.</summary>
    Account,

    /// <summary>Sales orders (need their account and products; imported last).</summary>
    SalesOrder,
}
