namespace Metrc.Sdk.MyTrace;

/// <summary>What a MyTrace licensee already has; the planner compares source records against it.</summary>
public sealed record MyTraceSnapshot
{
    /// <summary>An empty snapshot (a licensee with nothing imported yet).</summary>
    public static MyTraceSnapshot Empty { get; } = new();

    /// <summary>Existing product categories.</summary>
    public IReadOnlyList<MyTraceProductCategory> Categories { get; init; } = [];

    /// <summary>Existing products.</summary>
    public IReadOnlyList<MyTraceProduct> Products { get; init; } = [];

    /// <summary>Existing accounts.</summary>
    public IReadOnlyList<MyTraceAccount> Accounts { get; init; } = [];

    /// <summary>Existing sales orders.</summary>
    public IReadOnlyList<MyTraceSalesOrder> Orders { get; init; } = [];
}
