namespace Metrc.Sdk.MyTrace;

/// <summary>Thrown when a value given to the MyTrace mappers is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class MyTraceValidationException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems (at least one).</param>
    /// <param name="paramName">The argument that holds them.</param>
    public MyTraceValidationException(IReadOnlyList<MyTraceError> errors, string? paramName)
        : base(BuildMessage(errors), paramName)
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message.</summary>
    public MyTraceValidationException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MyTraceValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MyTraceValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<MyTraceError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<MyTraceError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            0 => "The value is invalid.",
            1 => errors[0].ToString(),
            _ => $"{errors.Count} problems: " + string.Join("; ", errors),
        };
    }
}
