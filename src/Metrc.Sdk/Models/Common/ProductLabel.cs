using System.Text.Json;
using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>Retail ID (QR label) details of a package or tag, in states that use Retail ID.</summary>
public sealed record ProductLabel
{
    /// <summary>How many QR codes have been issued for the package.</summary>
    public int? QrCount { get; init; }

    /// <summary>Whether the package inherited its label from a parent package that already had one.</summary>
    public bool IsChildFromParentWithLabel { get; init; }

    /// <summary>Metrc id of the package the label originally came from, if inherited.</summary>
    public long? OriginalSourcePackageId { get; init; }

    /// <summary>Tag of the package the label originally came from, if inherited.</summary>
    public string? OriginalSourcePackageLabel { get; init; }

    /// <summary>Where the label came from, as Metrc names it.</summary>
    public string? LabelSource { get; init; }

    /// <summary>Ranges of QR codes issued for the package, as Metrc sends them.</summary>
    public JsonElement? QrCodeRanges { get; init; }

    /// <summary>Day labels were last generated (facility-local calendar day).</summary>
    public LocalDate? LastLabelGenerationDate { get; init; }

    /// <summary>Whether the label is active.</summary>
    public bool IsActive { get; init; }
}
