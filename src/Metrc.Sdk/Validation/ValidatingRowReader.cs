using Metrc.Sdk.Batching;

namespace Metrc.Sdk.Validation;

/// <summary>Validates each chunk as the batch runner reads it; a failing chunk fails the read, so it is never sent.</summary>
internal sealed class ValidatingRowReader<T>(RowReader<T> inner, ValidationSession session, IRowRules<T> rules, Action<MetrcValidationResult> conclude) : RowReader<T>
{
    public override async ValueTask<int> ReadAsync(T[] buffer, int firstIndex, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            count = await inner.ReadAsync(buffer, firstIndex, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ReadBeforeFailure = inner.ReadBeforeFailure;
        }

        int before = session.Issues.Count;
        session.Validate(rules, buffer, firstIndex, count);
        if (session.Issues.Count > before)
        {
            var chunkIssues = new List<MetrcValidationIssue>(session.Issues.Count - before);
            for (int i = before; i < session.Issues.Count; i++)
            {
                chunkIssues.Add(session.Issues[i]);
            }

            ReadBeforeFailure = count;
            conclude(new MetrcValidationResult(chunkIssues, count));
        }

        return count;
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}
