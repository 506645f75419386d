using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>The inputs of <see cref="MyTraceImportPlanner.Plan"/>.</summary>
public sealed record MyTraceImportRequest
{
    /// <summary>The source records.</summary>
    public required PartnerSnapshot Source { get; init; }

    /// <summary>What MyTrace already has.</summary>
    public MyTraceSnapshot Existing { get; init; } = MyTraceSnapshot.Empty;

    /// <summary>Which source records to take.</summary>
    public MyTraceImportFilter Filter { get; init; } = new();

    /// <summary>The user's category mapping (partner category → MyTrace category).</summary>
    public MyTraceCategoryMapping CategoryMapping { get; init; } = new();

    /// <summary>The licensee's time zone, in which order dates are taken.</summary>
    public required DateTimeZone TimeZone { get; init; }
}
