namespace Metrc.Sdk;

/// <summary>Creates <see cref="IMetrcClient"/> instances per state, sharing one pooled HTTP pipeline.</summary>
public interface IMetrcClientFactory
{
    /// <summary>
    /// Creates a client for <paramref name="state"/> that asks the registered <see cref="IMetrcCredentialProvider"/>
    /// (or uses the keys in <see cref="MetrcClientOptions"/>) for each request's keys.
    /// </summary>
    /// <param name="state">The jurisdiction.</param>
    /// <exception cref="InvalidOperationException">No credentials are configured at all.</exception>
    IMetrcClient Create(MetrcState state);

    /// <summary>Creates a client for <paramref name="state"/> whose requests take their keys from <paramref name="credentials"/>.</summary>
    /// <param name="state">The jurisdiction.</param>
    /// <param name="credentials">Resolves the keys for each request (for example per licence number).</param>
    IMetrcClient Create(MetrcState state, IMetrcCredentialProvider credentials);

    /// <summary>Creates a client for <paramref name="state"/> that always uses <paramref name="credentials"/>.</summary>
    IMetrcClient Create(MetrcState state, MetrcCredentials credentials);
}
