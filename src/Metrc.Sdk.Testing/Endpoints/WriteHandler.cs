using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// The shape of every write: read the JSON array, check every row against the rules under the store lock, then
/// apply (all rows, or none when any row is invalid — unless partial apply is on), and answer <c>{Ids, Warnings}</c>
/// or <c>[{row, message}]</c>.
/// </summary>
internal static class WriteHandler
{
    /// <summary>Checks one row; returns the change to apply (producing the new record's id, if any), or null when the row is invalid.</summary>
    public delegate Func<long?>? RowRule<TRow>(RowChecks checks, int row, TRow value);

    public static async Task HandleAsync<TRow>(HttpContext context, EmulatorStore store, EmulatorWriteLog log, bool partialApply, RowRule<TRow> rule)
    {
        List<TRow>? rows = await EmulatorJson.ReadRowsAsync<TRow>(context).ConfigureAwait(false);
        if (rows is null)
        {
            return;
        }

        EmulatorRequest request = EmulatorRequest.Get(context);
        var errors = new RowErrors();
        var ids = new List<long>();
        lock (store.Lock)
        {
            var checks = new RowChecks(store, request.RequiredState, request.RequiredFacility, errors);
            var changes = new List<Func<long?>?>(rows.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                Func<long?>? change = rule(checks, i, rows[i]);
                changes.Add(errors.Has(i) ? null : change);
            }

            if (errors.Count == 0 || partialApply)
            {
                foreach (Func<long?>? change in changes)
                {
                    if (change?.Invoke() is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            await errors.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        log.Record(context, rows);

        await EmulatorJson.WriteAsync(context, 200, new WriteResultBody(ids, [])).ConfigureAwait(false);
    }

    internal sealed record WriteResultBody(List<long> Ids, List<string> Warnings);
}
