using System.Text;

namespace Metrc.Sdk.Http;

/// <summary>Builds request URIs with every query value escaped (a literal <c>+</c> goes out as <c>%2B</c>).</summary>
internal static class MetrcUriBuilder
{
    public static Uri Build(Uri baseAddress, MetrcRequest request)
    {
        var builder = new StringBuilder(baseAddress.AbsoluteUri.Length + 96);
        builder.Append(baseAddress.AbsoluteUri).Append(request.Path ?? request.Operation.Path);
        if (request.PathSuffix is not null)
        {
            if (builder[^1] != '/')
            {
                builder.Append('/');
            }

            builder.Append(request.PathSuffix);
        }

        char separator = '?';
        if (request.Operation.FacilityScoped && request.LicenseNumber is not null)
        {
            Append(builder, ref separator, "licenseNumber", request.LicenseNumber);
        }

        if (request.Query is { } query)
        {
            for (int i = 0; i < query.Count; i++)
            {
                Append(builder, ref separator, query[i].Key, query[i].Value);
            }
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    /// <summary>Escapes one path segment (a label or id).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    private static void Append(StringBuilder builder, ref char separator, string key, string value)
    {
        builder.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        separator = '&';
    }
}
