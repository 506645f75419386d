namespace Metrc.Sdk.MyTrace;

/// <summary>Order status rules: partner status text to <see cref="MyTraceOrderStatus"/> and back.</summary>
public static class MyTraceOrderStatuses
{
    private static readonly Dictionary<string, MyTraceOrderStatus> s_statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["draft"] = MyTraceOrderStatus.Draft,
        ["open"] = MyTraceOrderStatus.Submitted,
        ["new"] = MyTraceOrderStatus.Submitted,
        ["pending"] = MyTraceOrderStatus.Submitted,
        ["submitted"] = MyTraceOrderStatus.Submitted,
        ["accepted"] = MyTraceOrderStatus.Accepted,
        ["approved"] = MyTraceOrderStatus.Accepted,
        ["confirmed"] = MyTraceOrderStatus.Accepted,
        ["shipped"] = MyTraceOrderStatus.Shipped,
        ["in transit"] = MyTraceOrderStatus.Shipped,
        ["manifested"] = MyTraceOrderStatus.Shipped,
        ["delivered"] = MyTraceOrderStatus.Delivered,
        ["completed"] = MyTraceOrderStatus.Delivered,
        ["complete"] = MyTraceOrderStatus.Delivered,
        ["fulfilled"] = MyTraceOrderStatus.Delivered,
        ["cancelled"] = MyTraceOrderStatus.Cancelled,
        ["canceled"] = MyTraceOrderStatus.Cancelled,
        ["void"] = MyTraceOrderStatus.Cancelled,
        ["voided"] = MyTraceOrderStatus.Cancelled,
    };

    /// <summary>Reads a partner status (case and surrounding white space ignored).</summary>
    /// <param name="text">The partner's status text.</param>
    /// <param name="status">The status, when recognised.</param>
    /// <returns>Whether the text was recognised.</returns>
    public static bool TryParse(string? text, out MyTraceOrderStatus status)
    {
        status = default;
        string normalized = MyTraceNames.Normalize(text);
        return normalized.Length > 0 && s_statuses.TryGetValue(normalized, out status);
    }

    /// <summary>The partner spelling of a status: its name in lower case (<c>submitted</c>, <c>shipped</c>...).</summary>
    /// <param name="status">The status.</param>
    public static string ToPartnerText(MyTraceOrderStatus status) => status.ToString().ToLowerInvariant();
}
