using NodaTime;

namespace Metrc.Sdk;

/// <summary>
/// Filters of a list call. A <c>lastModified</c> range longer than Metrc's 24-hour limit is split into consecutive
/// windows of at most 24 hours automatically.
/// </summary>
public sealed record MetrcListFilter
{
    /// <summary>Only records changed at or after this moment. Required when <see cref="LastModifiedEnd"/> is set.</summary>
    public OffsetDateTime? LastModifiedStart { get; init; }

    /// <summary>Only records changed before this moment. Defaults to now when only a start is given.</summary>
    public OffsetDateTime? LastModifiedEnd { get; init; }

    /// <summary>A filter for records changed between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static MetrcListFilter ModifiedBetween(OffsetDateTime start, OffsetDateTime end) =>
        new() { LastModifiedStart = start, LastModifiedEnd = end };
}
