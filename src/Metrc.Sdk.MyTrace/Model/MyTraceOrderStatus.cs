namespace Metrc.Sdk.MyTrace;

/// <summary>The status of a MyTrace sales order.</summary>
public enum MyTraceOrderStatus
{
    /// <summary>Not yet submitted.</summary>
    Draft,

    /// <summary>Submitted, awaiting acceptance.</summary>
    Submitted,

    /// <summary>Accepted by the seller.</summary>
    Accepted,

    /// <summary>Shipped (manifested).</summary>
    Shipped,

    /// <summary>Delivered to the buyer.</summary>
    Delivered,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
