using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The emulator's write routes.</summary>
internal static class WriteRoutes
{
    public static void Map(IEndpointRouteBuilder app, EmulatorStore store, bool partial)
    {
        app.MapPost("/{state}/packages/v2/", ctx => WriteHandler.HandleAsync<CreatePackageRow>(ctx, store, partial, (c, i, r) => PackageWrites.Create(store, c, i, r)));
        app.MapPut("/{state}/packages/v2/finish", ctx => WriteHandler.HandleAsync<FinishRow>(ctx, store, partial, (c, i, r) => PackageWrites.Finish(store, c, i, r)));
        app.MapPut("/{state}/packages/v2/unfinish", ctx => WriteHandler.HandleAsync<UnfinishRow>(ctx, store, partial, (c, i, r) => PackageWrites.Unfinish(store, c, i, r)));
        app.MapPost("/{state}/packages/v2/adjust", ctx => WriteHandler.HandleAsync<AdjustRow>(ctx, store, partial, (c, i, r) => PackageWrites.Adjust(store, c, i, r)));
        app.MapPost("/{state}/harvests/v2/packages", ctx => WriteHandler.HandleAsync<HarvestPackageRow>(ctx, store, partial, (c, i, r) => PackageWrites.CreateFromHarvest(store, c, i, r)));

        app.MapPost("/{state}/plantbatches/v2/plantings", ctx =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<PlantingRow>(ctx, store, partial, (c, i, r) => PlantWrites.Planting(store, c, i, r, names));
        });
        app.MapPost("/{state}/plantbatches/v2/growthphase", ctx => WriteHandler.HandleAsync<BatchGrowthPhaseRow>(ctx, store, partial, (c, i, r) => PlantWrites.BatchGrowthPhase(store, c, i, r)));
        app.MapPut("/{state}/plants/v2/growthphase", ctx => WriteHandler.HandleAsync<PlantGrowthPhaseRow>(ctx, store, partial, (c, i, r) => PlantWrites.ChangePlantPhase(store, c, i, r)));
        app.MapPut("/{state}/plants/v2/harvest", ctx => WriteHandler.HandleAsync<HarvestRow>(ctx, store, partial, (c, i, r) => PlantWrites.Harvest(store, c, i, r, manicure: false)));
        app.MapPut("/{state}/plants/v2/manicure", ctx => WriteHandler.HandleAsync<HarvestRow>(ctx, store, partial, (c, i, r) => PlantWrites.Harvest(store, c, i, r, manicure: true)));
        app.MapDelete("/{state}/plants/v2/", ctx => WriteHandler.HandleAsync<DestroyRow>(ctx, store, partial, (c, i, r) => PlantWrites.Destroy(store, c, i, r)));

        app.MapPost("/{state}/sales/v2/receipts", ctx =>
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<ReceiptRow>(ctx, store, partial, (c, i, r) => CommerceWrites.Receipt(store, c, i, r, numbers));
        });
        app.MapPost("/{state}/transfers/v2/templates/outgoing", ctx =>
            WriteHandler.HandleAsync<TransferRow>(ctx, store, partial, (c, i, r) => CommerceWrites.Transfer(store, EmulatorRequest.Get(ctx).State, c, i, r)));
    }
}
