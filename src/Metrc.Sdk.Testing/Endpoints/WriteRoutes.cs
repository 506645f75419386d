using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The emulator's writes checked by lifecycle rules, by catalogue operation name.</summary>
internal static class WriteRoutes
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Packages.Create", ctx => WriteHandler.HandleAsync<CreatePackageRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Create(store, c, i, r)));
        app.Handle("Packages.Finish", ctx => WriteHandler.HandleAsync<FinishRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Finish(store, c, i, r)));
        app.Handle("Packages.Unfinish", ctx => WriteHandler.HandleAsync<UnfinishRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Unfinish(store, c, i, r)));
        app.Handle("Packages.Adjust", ctx => WriteHandler.HandleAsync<AdjustRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Adjust(store, c, i, r)));
        app.Handle("Harvests.CreatePackages", ctx => WriteHandler.HandleAsync<HarvestPackageRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.CreateFromHarvest(store, c, i, r)));

        app.Handle("PlantBatches.CreatePlantings", ctx =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<PlantingRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.Planting(store, c, i, r, names));
        });
        app.Handle("PlantBatches.ChangeGrowthPhase", ctx => WriteHandler.HandleAsync<BatchGrowthPhaseRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.BatchGrowthPhase(store, c, i, r)));
        app.Handle("Plants.ChangeGrowthPhase", ctx => WriteHandler.HandleAsync<PlantGrowthPhaseRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.ChangePlantPhase(store, c, i, r)));
        app.Handle("Plants.Harvest", ctx => WriteHandler.HandleAsync<HarvestRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.Harvest(store, c, i, r, manicure: false)));
        app.Handle("Plants.Manicure", ctx => WriteHandler.HandleAsync<HarvestRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.Harvest(store, c, i, r, manicure: true)));
        app.Handle("Plants.Destroy", ctx => WriteHandler.HandleAsync<DestroyRow>(ctx, store, log, partial, (c, i, r) => PlantWrites.Destroy(store, EmulatorRequest.Get(ctx).RequiredState, c, i, r)));

        app.Handle("Sales.CreateReceipts", ctx =>
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<ReceiptRow>(ctx, store, log, partial, (c, i, r) => CommerceWrites.Receipt(store, c, i, r, numbers));
        });
        app.Handle("Transfers.CreateOutgoing", ctx =>
            WriteHandler.HandleAsync<TransferRow>(ctx, store, log, partial, (c, i, r) => CommerceWrites.Transfer(store, EmulatorRequest.Get(ctx).RequiredState, c, i, r)));
        PackagesWrites.Register(app, store, log, partial);
        LabTestWrites.Register(app, store, log, partial);
        PlantsWrites.Register(app, store, log, partial);
        HarvestWrites.Register(app, store, log, partial);
        ProcessingWrites.Register(app, store, log, partial);
        SalesWrites.Register(app, store, log, partial);
    }
}
