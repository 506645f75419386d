using System.Globalization;
using System.Text;

namespace Metrc.Sdk.Tests.Infrastructure;

internal static class TestData
{
    /// <summary>A JSON package object with the given id.</summary>
    public static string PackageJson(long id) =>
        $$"""{"Id":{{id}},"Label":"1A4FF0100000022000{{id.ToString("D6", CultureInfo.InvariantCulture)}}","Quantity":12.5,"UnitOfMeasureName":"Grams","PackagedDate":"2026-01-31","LastModified":"2026-01-31T17:35:45-07:00","IsOnHold":false}""";

    /// <summary>A v2 paging envelope of packages with ids [first, first+count).</summary>
    public static string PackagePage(int first, int count, int page, int totalPages, int totalRecords)
    {
        var data = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            data.Append(i == 0 ? string.Empty : ",").Append(PackageJson(first + i));
        }

        return $$"""{"Data":[{{data}}],"Total":{{totalRecords}},"TotalRecords":{{totalRecords}},"PageSize":20,"RecordsOnPage":{{count}},"Page":{{page}},"CurrentPage":{{page}},"TotalPages":{{totalPages}}}""";
    }
}
