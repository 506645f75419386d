using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>Collects per-row rejections of a write, in Metrc's <c>[{row, message}]</c> shape plus the rule code.</summary>
internal sealed class RowErrors
{
    private readonly List<RowError> _errors = [];
    private readonly HashSet<int> _rows = [];

    public int Count => _errors.Count;

    public bool Has(int row) => _rows.Contains(row);

    public void Add(int row, string code, string message)
    {
        _errors.Add(new RowError(row, message, code));
        _rows.Add(row);
    }

    public Task WriteAsync(HttpContext context) => EmulatorJson.WriteAsync(context, 400, _errors);

    internal sealed record RowError(int row, string message, string code);
}
