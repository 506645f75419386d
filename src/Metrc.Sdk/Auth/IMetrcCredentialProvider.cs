namespace Metrc.Sdk;

/// <summary>
/// Resolves the keys for one request. Called for every request (and every retry), so rotated user keys take effect
/// without a restart and one process can serve many licensees, each with its own user key.
/// </summary>
public interface IMetrcCredentialProvider
{
    /// <summary>Returns the credentials to use for a request in <paramref name="context"/>.</summary>
    /// <param name="context">The state and facility the request is for.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<MetrcCredentials> GetCredentialsAsync(MetrcCredentialContext context, CancellationToken cancellationToken = default);
}
