namespace Metrc.Sdk.Sync;

/// <summary>
/// A sync section could not complete a window consistently (its record count kept shrinking while it was paged).
/// The checkpoint stays before that window, so the next run reads it again.
/// </summary>
public sealed class MetrcSyncException : MetrcException
{
    /// <summary>Creates the exception.</summary>
    public MetrcSyncException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public MetrcSyncException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
