namespace Metrc.Sdk.MyTrace;

/// <summary>What an import will do, per kind of record in dependency order: categories → products → accounts → sales orders.</summary>
public sealed record MyTraceImportPlan
{
    /// <summary>Product categories.</summary>
    public required MyTracePlanSection<MyTraceProductCategory> Categories { get; init; }

    /// <summary>Products.</summary>
    public required MyTracePlanSection<MyTraceProduct> Products { get; init; }

    /// <summary>Accounts.</summary>
    public required MyTracePlanSection<MyTraceAccount> Accounts { get; init; }

    /// <summary>Sales orders.</summary>
    public required MyTracePlanSection<MyTraceSalesOrder> Orders { get; init; }

    /// <summary>New products whose partner category has no MyTrace category mapping yet; the plan cannot run until this is empty.</summary>
    public IReadOnlyList<MyTracePlanIssue> ProductsMissingCategory { get; init; } = [];

    /// <summary>Whether the plan can be executed: every new product has a category mapping.</summary>
    public bool IsExecutable => ProductsMissingCategory.Count == 0;

    /// <summary>How many records the plan creates.</summary>
    public int NewCount => Categories.New.Count + Products.New.Count + Accounts.New.Count + Orders.New.Count;
}
