using System.Text;

namespace Metrc.Sdk.MyTrace;

/// <summary>Name rules shared by the mappers and the planner.</summary>
public static class MyTraceNames
{
    /// <summary>
    /// The display form of a name: Unicode NFC, trimmed, every run of white space (including non-breaking spaces)
    /// replaced by one space. Null or blank gives an empty string.
    /// </summary>
    /// <param name="value">The name as the source wrote it.</param>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        string nfc = value.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        bool pendingSpace = false;
        foreach (char c in nfc)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The comparison key of a name: <see cref="Normalize"/> then upper case (invariant culture).</summary>
    /// <param name="value">The name.</param>
    public static string Key(string? value) => Normalize(value).ToUpperInvariant();

    /// <summary>The normalised licence number: white space removed, upper case (invariant culture). Null or blank gives null.</summary>
    /// <param name="value">The licence number as the source wrote it.</param>
    public static string? LicenseNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary><see cref="Normalize"/>, or null when the result is empty.</summary>
    /// <param name="value">The text.</param>
    public static string? NormalizeOrNull(string? value)
    {
        string normalized = Normalize(value);
        return normalized.Length == 0 ? null : normalized;
    }
}
