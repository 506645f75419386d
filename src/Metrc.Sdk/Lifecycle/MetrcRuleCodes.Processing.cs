namespace Metrc.Sdk.Lifecycle;

// Processing jobs and their job types.
public static partial class MetrcRuleCodes
{
    /// <summary>An active processing job type with that name already exists in the facility, or the name appears twice in one request.</summary>
    public const string ProcessingJobTypeNameInUse = "processingjobtype.name_in_use";

    /// <summary>The processing job type (by id) does not exist in the facility or is archived (inactive).</summary>
    public const string ProcessingJobTypeNotFound = "processingjobtype.not_found";

    /// <summary>A processing job with that name already exists in the facility, or the name appears twice in one request.</summary>
    public const string ProcessingJobNameInUse = "processingjob.name_in_use";

    /// <summary>A job is started with a job type that does not exist in the facility or is archived (inactive).</summary>
    public const string ProcessingJobTypeNotActive = "processingjob.type_not_found";

    /// <summary>The processing job (by id or name) does not exist in the facility.</summary>
    public const string ProcessingJobNotFound = "processingjob.not_found";

    /// <summary>The processing job is finished: it takes no more input, adjustments or packages until it is unfinished.</summary>
    public const string ProcessingJobFinished = "processingjob.finished";

    /// <summary>An unfinish of a processing job that is not finished.</summary>
    public const string ProcessingJobNotFinished = "processingjob.not_finished";
}
