using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A plant or package tag issued to a facility.</summary>
public sealed record MetrcTag
{
    /// <summary>Metrc's id of the tag.</summary>
    public long Id { get; init; }

    /// <summary>The 24-character tag label.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The tag type (for example <c>CannabisPlant</c>, <c>CannabisPackage</c>).</summary>
    public string? TagTypeName { get; init; }

    /// <summary>The tag's status (for example <c>Received</c>).</summary>
    public string? StatusName { get; init; }

    /// <summary>Name of the group tag type.</summary>
    public string? GroupTagTypeName { get; init; }

    /// <summary>Id of the group tag type, as Metrc spells it.</summary>
    public string? GroupTagTypeId { get; init; }

    /// <summary>Id of the tag type, as Metrc spells it.</summary>
    public string? TagTypeId { get; init; }

    /// <summary>What the tag is for (for example MedicalPlant or MedicalPackage).</summary>
    public string? TagInventoryTypeName { get; init; }

    /// <summary>Most plants one group tag may cover.</summary>
    public int? MaxGroupSize { get; init; }

    /// <summary>Metrc id of the facility.</summary>
    public long? FacilityId { get; init; }

    /// <summary>When the tag was commissioned (with offset).</summary>
    public OffsetDateTime? CommissionedDateTime { get; init; }

    /// <summary>Whether it has been used (a used record can no longer be deleted).</summary>
    public bool? IsUsed { get; init; }

    /// <summary>When the tag was used (with offset).</summary>
    public OffsetDateTime? UsedDateTime { get; init; }

    /// <summary>Retail ID (QR label) details of the package, where the state uses Retail ID.</summary>
    public ProductLabel? ProductLabel { get; init; }

    /// <summary>When the tag was detached (with offset).</summary>
    public OffsetDateTime? DetachedDateTime { get; init; }

    /// <summary>Whether the tag is archived.</summary>
    public bool? IsArchived { get; init; }

    /// <summary>When Metrc last changed it (with offset).</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>Whether the tag is staged for use.</summary>
    public bool? IsStaged { get; init; }

    /// <summary>How many Retail ID QR codes were issued.</summary>
    public int? QrCount { get; init; }
}
