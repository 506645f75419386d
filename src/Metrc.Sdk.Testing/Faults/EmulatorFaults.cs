namespace Metrc.Sdk.Testing;

/// <summary>The emulator's fault injector: rules decide per request, from a seeded random source, what goes wrong.</summary>
public sealed class EmulatorFaults
{
    private readonly List<EmulatorFaultRule> _rules = [];
    private readonly Lock _lock = new();
    private readonly Random _random;
    private long _injected;

    internal EmulatorFaults(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>How many faults were injected so far.</summary>
    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>Adds a rule; rules are tried in the order added, the first that fires wins.</summary>
    public EmulatorFaultRule Add(EmulatorFaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Probability, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rule.Probability, 1d);
        lock (_lock)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    /// <summary>Makes the next <paramref name="count"/> matching requests fail with <paramref name="kind"/>.</summary>
    public EmulatorFaultRule FailNext(EmulatorFaultKind kind, int count = 1, string? method = null, string? pathContains = null) =>
        Add(new EmulatorFaultRule { Kind = kind, Count = count, Method = method, PathContains = pathContains });

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    internal EmulatorFaultRule? Decide(string method, string path)
    {
        lock (_lock)
        {
            foreach (EmulatorFaultRule rule in _rules)
            {
                if ((rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    || (rule.PathContains is not null && !path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase))
                    || (rule.Count is { } max && rule.FiredCount >= max))
                {
                    continue;
                }

                if (rule.Probability < 1 && _random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                rule.FiredCount++;
                _injected++;
                return rule;
            }

            return null;
        }
    }
}
