using Metrc.Sdk.Testing.Data;

namespace Metrc.Sdk.Testing.Rules;

/// <summary>What the rows of one plant write share: the state's rules, the plants earlier rows take from each batch, the new batch names.</summary>
internal sealed class PlantRequest(EmulatorStore store, StateData state)
{
    public EmulatorStore Store => store;

    /// <summary>The state's rules (the same table the SDK's validator reads).</summary>
    public MetrcStateRules Rules { get; } = RulesOf(state);

    /// <summary>Plants taken from each batch by earlier rows of the request.</summary>
    public Dictionary<string, int> Taken { get; } = new(StringComparer.Ordinal);

    /// <summary>New batch names of earlier rows of the request.</summary>
    public HashSet<string> NewNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The rules of <paramref name="state"/> from the SDK's state table.</summary>
    public static MetrcStateRules RulesOf(StateData state) =>
        MetrcStates.TryParse(state.Code, out MetrcState code) ? MetrcStateRules.For(code) : MetrcStateRules.Default;
}
