namespace Metrc.Sdk.MyTrace;

/// <summary>What an import did with one kind of record.</summary>
public sealed record MyTraceEntityCounts
{
    /// <summary>The kind of record.</summary>
    public required MyTraceEntityKind Kind { get; init; }

    /// <summary>Records created by this run.</summary>
    public int Imported { get; init; }

    /// <summary>Records that were already in MyTrace (planned as Existing, or created by an earlier interrupted run).</summary>
    public int AlreadyPresent { get; init; }

    /// <summary>Records the plan found invalid (not imported).</summary>
    public int Invalid { get; init; }

    /// <summary>Records a filter left out.</summary>
    public int Skipped { get; init; }

    /// <summary>A one-line summary, for example <c>Imported 3 account(s); 2 already present, 0 invalid, 1 skipped</c>.</summary>
    public override string ToString() =>
        $"Imported {Imported} {Noun(Kind)}; {AlreadyPresent} already present, {Invalid} invalid, {Skipped} skipped";

    internal static string Noun(MyTraceEntityKind kind) => kind switch
    {
        MyTraceEntityKind.Category => "category(ies)",
        MyTraceEntityKind.Product => "product(s)",
        MyTraceEntityKind.Account => "account(s)",
        _ => "sales order(s)",
    };
}
