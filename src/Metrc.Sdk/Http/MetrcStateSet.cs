namespace Metrc.Sdk.Http;

/// <summary>The states that offer an operation, declared in the catalogue as "only these" or "all but these".</summary>
internal sealed class MetrcStateSet
{
    private readonly HashSet<MetrcState> _states;
    private readonly bool _except;

    private MetrcStateSet(MetrcState[] states, bool except)
    {
        _states = [.. states];
        _except = except;
    }

    public static MetrcStateSet Only(params MetrcState[] states) => new(states, except: false);

    public static MetrcStateSet Except(params MetrcState[] states) => new(states, except: true);

    public bool Contains(MetrcState state) => _states.Contains(state) != _except;

    /// <summary>The states that offer the operation, in <see cref="MetrcStates.All"/> order.</summary>
    public IReadOnlyList<MetrcState> ToList() => [.. MetrcStates.All.Where(Contains)];
}
