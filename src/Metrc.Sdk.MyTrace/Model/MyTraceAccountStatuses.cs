namespace Metrc.Sdk.MyTrace;

/// <summary>The account statuses MyTrace shows.</summary>
public static class MyTraceAccountStatuses
{
    /// <summary>An active account whose payments are current.</summary>
    public const string ActiveCurrentPayments = "Active – Current payments";

    /// <summary>An active account with at least one overdue payment.</summary>
    public const string ActivePastDue = "Active – Past due";

    /// <summary>An account that no longer buys.</summary>
    public const string Inactive = "Inactive";
}
