namespace Metrc.Sdk.MyTrace;

/// <summary>How a source record was found to exist in MyTrace already.</summary>
public enum MyTraceMatch
{
    /// <summary>Not matched: the record is new.</summary>
    None,

    /// <summary>A MyTrace record carries the same external id.</summary>
    ExternalId,

    /// <summary>A MyTrace record has the same normalised natural key (name, licence number, SKU, name + brand, order number).</summary>
    NaturalKey,
}
