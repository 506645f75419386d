namespace Metrc.Sdk;

/// <summary>A credential provider that always answers the same keys (one licensee, or a console tool).</summary>
public sealed class StaticMetrcCredentialProvider : IMetrcCredentialProvider
{
    private readonly MetrcCredentials _credentials;

    /// <summary>Creates a provider that answers <paramref name="credentials"/> for every request.</summary>
    public StaticMetrcCredentialProvider(MetrcCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials;
    }

    /// <inheritdoc />
    public ValueTask<MetrcCredentials> GetCredentialsAsync(MetrcCredentialContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_credentials);

    /// <inheritdoc />
    public override string ToString() => nameof(StaticMetrcCredentialProvider);
}
