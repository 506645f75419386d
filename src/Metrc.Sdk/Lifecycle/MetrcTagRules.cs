namespace Metrc.Sdk.Lifecycle;

/// <summary>Stateless checks of plant and package tags.</summary>
public static class MetrcTagRules
{
    /// <summary>Whether <paramref name="tag"/> is 24 characters of <c>0-9</c> and <c>A-Z</c> (<c>^[0-9A-Z]{24}$</c>).</summary>
    public static bool IsValidFormat(string? tag)
    {
        if (tag is null || tag.Length != MetrcLimits.TagLength)
        {
            return false;
        }

        foreach (char c in tag)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }
}
