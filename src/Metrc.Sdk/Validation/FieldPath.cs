namespace Metrc.Sdk.Validation;

/// <summary>A field path built only when an issue is reported: <c>Quantity</c>, <c>Ingredients[0].Quantity</c>.</summary>
internal readonly struct FieldPath
{
    private readonly string _name;
    private readonly string? _parent;
    private readonly int _index;
    private readonly string? _child;

    private FieldPath(string name, string? parent, int index, string? child)
    {
        _name = name;
        _parent = parent;
        _index = index;
        _child = child;
    }

    /// <summary>The field's own name (used in messages).</summary>
    public string Name => _child ?? _name;

    public static implicit operator FieldPath(string name) => new(name, null, -1, null);

    /// <summary><paramref name="parent"/>[<paramref name="index"/>].<paramref name="name"/>.</summary>
    public static FieldPath Item(string parent, int index, string name) => new(name, parent, index, null);

    /// <summary>A field of an element of a list nested in another list: <c>Destinations[1].Packages[3].PackageLabel</c>.</summary>
    public static FieldPath Nested(string parent, int index, string list, int item, string name) =>
        new($"{parent}[{index}].{list}", null, item, name);

    public override string ToString() =>
        _child is not null ? $"{_name}[{_index}].{_child}"
        : _parent is null ? _name
        : $"{_parent}[{_index}].{_name}";
}
