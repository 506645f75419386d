using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /items/v2/file</c> and <c>/items/v2/photo</c>: a file name and base64 content.</summary>
internal sealed class UploadItemFileRules : IRowRules<UploadItemFileRequest>, IRowRules<UploadItemPhotoRequest>
{
    public static readonly UploadItemFileRules Instance = new();

    public void Check(ValidationSession s, int row, UploadItemFileRequest r) => s.Upload(row, r.FileName, r.EncodedImageBase64);

    public void Check(ValidationSession s, int row, UploadItemPhotoRequest r) => s.Upload(row, r.FileName, r.EncodedImageBase64);
}
