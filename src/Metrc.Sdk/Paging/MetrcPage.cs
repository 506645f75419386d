namespace Metrc.Sdk;

/// <summary>One page of a Metrc list.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MetrcPage<T>
{
    /// <summary>Creates a page.</summary>
    public MetrcPage(IReadOnlyList<T> items, int pageNumber, int totalPages, int totalRecords, LastModifiedWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        PageNumber = pageNumber;
        TotalPages = totalPages;
        TotalRecords = totalRecords;
        Window = window;
    }

    /// <summary>The records on this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>This page's 1-based number.</summary>
    public int PageNumber { get; }

    /// <summary>How many pages the list (in this window) has.</summary>
    public int TotalPages { get; }

    /// <summary>How many records the list (in this window) has.</summary>
    public int TotalRecords { get; }

    /// <summary>The <c>lastModified</c> window the page belongs to, when the list was filtered.</summary>
    public LastModifiedWindow? Window { get; }

    /// <summary>Whether a further page exists in this window.</summary>
    public bool HasNextPage => PageNumber < TotalPages;
}
