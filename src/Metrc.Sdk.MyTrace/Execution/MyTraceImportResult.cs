namespace Metrc.Sdk.MyTrace;

/// <summary>The outcome of an executed import plan, per kind of record.</summary>
public sealed record MyTraceImportResult
{
    /// <summary>Product categories.</summary>
    public required MyTraceEntityCounts Categories { get; init; }

    /// <summary>Products.</summary>
    public required MyTraceEntityCounts Products { get; init; }

    /// <summary>Accounts.</summary>
    public required MyTraceEntityCounts Accounts { get; init; }

    /// <summary>Sales orders.</summary>
    public required MyTraceEntityCounts Orders { get; init; }

    /// <summary>Records created by this run, all kinds.</summary>
    public int TotalImported => Categories.Imported + Products.Imported + Accounts.Imported + Orders.Imported;

    /// <summary>One summary line per kind, in dependency order (<c>Imported 12 account(s); ...</c>).</summary>
    public IReadOnlyList<string> Summary => [Categories.ToString(), Products.ToString(), Accounts.ToString(), Orders.ToString()];
}
