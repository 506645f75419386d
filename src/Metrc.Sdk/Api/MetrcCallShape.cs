namespace Metrc.Sdk;

/// <summary>How an operation is called and what it answers.</summary>
public enum MetrcCallShape
{
    /// <summary>A paged list, read page by page as a <see cref="MetrcPageable{T}"/>.</summary>
    PagedList = 0,

    /// <summary>A lookup list (a bare array or one page), read at once.</summary>
    LookupList = 1,

    /// <summary>One record.</summary>
    SingleRead = 2,

    /// <summary>A document (PDF, HTML, image), read as a <see cref="Models.MetrcFile"/>.</summary>
    File = 3,

    /// <summary>A write of any number of rows (a JSON array), chunked and validated.</summary>
    RowWrite = 4,

    /// <summary>A write of one JSON body with a typed answer.</summary>
    Send = 5,

    /// <summary>A delete addressed by id, without a body.</summary>
    Delete = 6,

    /// <summary>An action addressed by path, without a body.</summary>
    Action = 7,
}
