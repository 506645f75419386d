using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Metrc.Sdk;

/// <summary>Host names and codes of the Metrc jurisdictions.</summary>
public static class MetrcStates
{
    private static readonly MetrcState[] s_all = Enum.GetValues<MetrcState>();

    private static readonly FrozenDictionary<string, MetrcState> s_byCode =
        s_all.ToFrozenDictionary(static s => s.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every jurisdiction the SDK knows, in alphabetical order of code.</summary>
    public static IReadOnlyList<MetrcState> All => s_all;

    /// <summary>Returns the lower-case two-letter code used in the host name (for example <c>co</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined jurisdiction.</exception>
    public static string GetCode(MetrcState state)
    {
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown Metrc state.");
        }

        return state.ToString().ToLowerInvariant();
    }

    /// <summary>Parses a two-letter code such as <c>co</c> or <c>CO</c>.</summary>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a known jurisdiction.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out MetrcState state)
    {
        if (code is not null && s_byCode.TryGetValue(code.Trim(), out state))
        {
            return true;
        }

        state = default;
        return false;
    }

    /// <summary>The default base address of a state's API in the given environment (ends with a slash).</summary>
    public static Uri GetBaseAddress(MetrcState state, MetrcEnvironment environment = MetrcEnvironment.Production)
    {
        string code = GetCode(state);
        return environment switch
        {
            MetrcEnvironment.Production => new Uri($"https://api-{code}.metrc.com/"),
            MetrcEnvironment.Sandbox => new Uri($"https://sandbox-api-{code}.metrc.com/"),
            _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Unknown Metrc environment."),
        };
    }
}
