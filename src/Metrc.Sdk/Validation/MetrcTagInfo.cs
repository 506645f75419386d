namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one tag.</summary>
/// <param name="Kind">Plant or package tag.</param>
/// <param name="FacilityLicenseNumber">The facility the tag was issued to.</param>
/// <param name="Used">Whether the tag is already on a plant or package.</param>
public sealed record MetrcTagInfo(MetrcTagKind Kind, string FacilityLicenseNumber, bool Used = false);
