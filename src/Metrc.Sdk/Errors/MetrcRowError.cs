namespace Metrc.Sdk;

/// <summary>
/// One rejected row of a write: the index of the row in the submitted array and Metrc's (or a validator's) message.
/// </summary>
/// <param name="Row">Zero-based index of the row in the rows the caller submitted.</param>
/// <param name="Message">Why the row was rejected.</param>
/// <param name="Field">The field path the error is about (for example <c>Tag</c>), when known.</param>
/// <param name="Code">A stable rule code (for example <c>tag.format</c>) for client-side validation errors, when known.</param>
public sealed record MetrcRowError(int Row, string Message, string? Field = null, string? Code = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field is null ? $"row {Row}: {Message}" : $"row {Row}, {Field}: {Message}";
}
