namespace Metrc.Sdk.Validation;

/// <summary>The rules of one request type: checks a row and reports its issues to the session.</summary>
internal interface IRowRules<in T>
{
    void Check(ValidationSession session, int row, T value);
}
