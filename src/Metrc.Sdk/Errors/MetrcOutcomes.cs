namespace Metrc.Sdk.Errors;

/// <summary>Whether a failed write may nevertheless have been applied by Metrc.</summary>
internal static class MetrcOutcomes
{
    /// <summary>
    /// <see langword="true"/> when the request may have reached Metrc and been applied although no usable answer came
    /// back: a dropped connection or timeout after sending, a 5xx (Metrc may have committed first), a 2xx whose body could
    /// not be read, or a write already known to be of unknown outcome. A 4xx, a refused connection or the client-side
    /// throttle's refusal are not: Metrc did not apply the rows.
    /// </summary>
    public static bool MayHaveBeenApplied(Exception exception) => exception switch
    {
        MetrcTransportException transport => transport.MayHaveReachedServer,
        MetrcServerException => true,
        MetrcResponseFormatException => true, // only raised for 2xx answers: Metrc accepted the request, its answer is unreadable
        MetrcOutcomeUnknownException => true,
        MetrcBatchException batch => batch.OutcomeUnknownRows.Count > 0,
        _ => false,
    };
}
