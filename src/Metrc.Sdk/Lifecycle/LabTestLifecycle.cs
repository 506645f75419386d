using Metrc.Sdk.Models;

namespace Metrc.Sdk.Lifecycle;

/// <summary>
/// Lab testing rules shared by the validators and the emulator: which lab testing states count as passed or failed, what
/// recording results, remediation and decontamination change, and which documents Metrc takes.
/// </summary>
public static class LabTestLifecycle
{
    /// <summary>The largest lab test document Metrc accepts, in bytes (5 MB).</summary>
    public const int MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>Whether <paramref name="state"/> lets a package be sold or transferred where a passing test is required.</summary>
    public static bool IsPassed(LabTestingState state) =>
        state == LabTestingState.TestPassed || state == LabTestingState.RetestPassed
        || state == LabTestingState.NotRequired || state == LabTestingState.ProcessValidated;

    /// <summary>Whether the package's last lab test failed (it may be remediated or decontaminated, and not sold or transferred).</summary>
    public static bool IsFailed(LabTestingState state) => state == LabTestingState.TestFailed || state == LabTestingState.RetestFailed;

    /// <summary>Whether results have been recorded for a package in <paramref name="state"/> (so they can be released).</summary>
    public static bool HasResults(LabTestingState state) =>
        IsFailed(state) || state == LabTestingState.TestPassed || state == LabTestingState.RetestPassed
        || state == LabTestingState.Remediated || state == LabTestingState.Decontaminated;

    /// <summary>
    /// The state after results are recorded: passed when every result passed, failed otherwise; a retest (after a failure,
    /// remediation or decontamination) gives <c>RetestPassed</c> / <c>RetestFailed</c>.
    /// </summary>
    public static LabTestingState AfterResults(LabTestingState current, bool allPassed)
    {
        bool retest = IsFailed(current) || current == LabTestingState.Remediated || current == LabTestingState.Decontaminated
            || current == LabTestingState.RetestPassed;
        return (retest, allPassed) switch
        {
            (true, true) => LabTestingState.RetestPassed,
            (true, false) => LabTestingState.RetestFailed,
            (false, true) => LabTestingState.TestPassed,
            (false, false) => LabTestingState.TestFailed,
        };
    }

    /// <summary>
    /// The rule code that forbids selling or transferring a package in <paramref name="state"/>: <c>labtest.failed</c> in every
    /// state, <c>labtest.required</c> when <paramref name="passRequired"/> and the package has not passed; <see langword="null"/>
    /// when allowed or when the state is unknown.
    /// </summary>
    public static string? CheckSellable(LabTestingState? state, bool passRequired) => state switch
    {
        null => null,
        { } s when IsFailed(s) => MetrcRuleCodes.LabTestFailed,
        { } s when passRequired && !IsPassed(s) => MetrcRuleCodes.LabTestRequired,
        _ => null,
    };

    /// <summary>The rule code that forbids recording lab results for a package in <paramref name="status"/> (finished, in transit, gone); <see langword="null"/> when allowed.</summary>
    public static string? CheckTestable(PackageStatus status) => status switch
    {
        PackageStatus.Active or PackageStatus.OnHold => null,
        PackageStatus.Finished => MetrcRuleCodes.PackageFinished,
        PackageStatus.InTransit => MetrcRuleCodes.PackageInTransit,
        _ => MetrcRuleCodes.PackageNotActive,
    };

    /// <summary>Whether <paramref name="fileName"/> names a PDF file (Metrc takes only PDF lab test documents).</summary>
    public static bool IsPdfFileName(string? fileName) =>
        !string.IsNullOrWhiteSpace(fileName) && fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="base64"/> is base 64 of at most <see cref="MaxDocumentBytes"/> bytes.</summary>
    public static bool IsDocumentContent(string? base64) =>
        !string.IsNullOrEmpty(base64) && System.Buffers.Text.Base64.IsValid(base64, out int bytes) && bytes <= MaxDocumentBytes;
}
