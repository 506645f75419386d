namespace Metrc.Sdk.MyTrace;

/// <summary>The outcome of <see cref="MyTracePushBack.CreateOrderRequest"/>: a request, or the problems that prevent one.</summary>
public sealed record MyTracePushBackResult
{
    /// <summary>The request to send; null when <see cref="Errors"/> is not empty.</summary>
    public PartnerCreateOrderRequest? Request { get; init; }

    /// <summary>Every problem found, with line numbers for line problems.</summary>
    public IReadOnlyList<MyTraceError> Errors { get; init; } = [];

    /// <summary>Whether a request was produced.</summary>
    public bool Succeeded => Request is not null && Errors.Count == 0;

    /// <summary>The request, or an exception listing every problem.</summary>
    /// <exception cref="MyTraceValidationException">The order cannot be pushed back.</exception>
    public PartnerCreateOrderRequest EnsureSuccess() =>
        Succeeded ? Request! : throw new MyTraceValidationException(Errors, "order");
}
