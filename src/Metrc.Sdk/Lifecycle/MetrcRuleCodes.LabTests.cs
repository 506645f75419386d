namespace Metrc.Sdk.Lifecycle;

// Lab tests, their documents and release, remediation and decontamination.
public static partial class MetrcRuleCodes
{
    /// <summary>The package failed its lab test: it cannot be sold or transferred (in any state) until remediated or decontaminated and retested.</summary>
    public const string LabTestFailed = "labtest.failed";

    /// <summary>Remediation or decontamination of a package whose lab test has not failed.</summary>
    public const string LabTestNotFailed = "labtest.not_failed";

    /// <summary>Lab test results are released for a package that has none recorded.</summary>
    public const string LabTestNoResults = "labtest.no_results";

    /// <summary>A document is attached to a lab test result id that does not exist in the facility.</summary>
    public const string LabTestResultNotFound = "labtest.result_not_found";

    /// <summary>A lab test batch name the facility's state does not define.</summary>
    public const string LabTestBatchNotFound = "labtest.batch_not_found";

    /// <summary>A lab test document that is not a PDF in base 64 of at most 5 MB.</summary>
    public const string LabTestDocumentInvalid = "labtest.document_invalid";
}
