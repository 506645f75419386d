using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Processing jobs and job types: the writes with their lifecycle rules, the deletes, and the reads from the store.</summary>
internal static class ProcessingWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("ProcessingJobs.CreateJobTypes", ctx =>
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return WriteHandler.HandleAsync<CreateJobTypeRow>(ctx, store, log, partial, (c, i, r) => CreateJobType(store, c, i, r, names));
        });
        app.Handle("ProcessingJobs.UpdateJobTypes", ctx =>
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return WriteHandler.HandleAsync<UpdateJobTypeRow>(ctx, store, log, partial, (c, i, r) => UpdateJobType(store, c, i, r, names));
        });
        app.Handle("ProcessingJobs.Start", ctx =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<StartJobRow>(ctx, store, log, partial, (c, i, r) => Start(store, c, i, r, names));
        });
        app.Handle("ProcessingJobs.Adjust", ctx => WriteHandler.HandleAsync<AdjustJobRow>(ctx, store, log, partial, (c, i, r) => Adjust(store, c, i, r)));
        app.Handle("ProcessingJobs.CreatePackages", ctx => WriteHandler.HandleAsync<JobPackageOutputRow>(ctx, store, log, partial, (c, i, r) => CreatePackage(store, c, i, r)));
        app.Handle("ProcessingJobs.Finish", ctx => WriteHandler.HandleAsync<FinishJobRow>(ctx, store, log, partial, (c, i, r) => Finish(store, c, i, r)));
        app.Handle("ProcessingJobs.Unfinish", ctx => WriteHandler.HandleAsync<UnfinishJobRow>(ctx, store, log, partial, (c, i, r) => Unfinish(store, c, i, r)));

        app.Handle("ProcessingJobs.Delete", ctx => DeleteAsync(ctx, store, log, (c, id) =>
        {
            if (c.Job(0, "Id", id) is not { } job || !c.OpenJob(0, job))
            {
                return null;
            }

            return () => c.Facility.ProcessingJobs.Remove(job.Name);
        }));
        app.Handle("ProcessingJobs.DeleteJobType", ctx => DeleteAsync(ctx, store, log, (c, id) =>
        {
            if (ActiveJobType(c, 0, id) is not { } type)
            {
                return null;
            }

            return () =>
            {
                type.Active = false;
                type.LastModified = store.Now;
            };
        }));

        app.Handle("ProcessingJobs.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.ProcessingJobs.Values.Where(j => !j.IsFinished), j => j.LastModified, j => j.Id, (j, _) => Job(j)));
        app.Handle("ProcessingJobs.ListInactive", ctx => ListHandler.PagedAsync(ctx, store, f => f.ProcessingJobs.Values.Where(j => j.IsFinished), j => j.LastModified, j => j.Id, (j, _) => Job(j)));
        app.Handle("ProcessingJobs.ListActiveJobTypes", ctx => ListHandler.PagedAsync(ctx, store, f => f.JobTypes.Values.Where(t => t.Active), t => t.LastModified, t => t.Id, (t, _) => JobType(t)));
        app.Handle("ProcessingJobs.ListInactiveJobTypes", ctx => ListHandler.PagedAsync(ctx, store, f => f.JobTypes.Values.Where(t => !t.Active), t => t.LastModified, t => t.Id, (t, _) => JobType(t)));
    }

    public static Func<long?>? CreateJobType(EmulatorStore store, RowChecks c, int row, CreateJobTypeRow r, HashSet<string> names)
    {
        if (!c.JobTypeFields(row, r.Name, "Category", r.Category, r.Attributes, null, names))
        {
            return null;
        }

        return () =>
        {
            var type = new JobTypeData
            {
                Id = store.NextId(),
                Name = r.Name!,
                Category = r.Category!,
                Description = r.Description,
                ProcessingSteps = r.ProcessingSteps,
                Attributes = [.. (r.Attributes ?? []).Select(a => a!)],
                LastModified = store.Now,
            };
            c.Facility.JobTypes[type.Id] = type;
            return type.Id;
        };
    }

    public static Func<long?>? UpdateJobType(EmulatorStore store, RowChecks c, int row, UpdateJobTypeRow r, HashSet<string> names)
    {
        JobTypeData? type = ActiveJobType(c, row, r.Id);
        if (!c.JobTypeFields(row, r.Name, "CategoryName", r.CategoryName, r.Attributes, r.Id, names) || type is null)
        {
            return null;
        }

        return () =>
        {
            type.Name = r.Name!;
            type.Category = r.CategoryName!;
            type.Description = r.Description;
            type.ProcessingSteps = r.ProcessingSteps;
            type.Attributes = [.. (r.Attributes ?? []).Select(a => a!)];
            type.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? Start(EmulatorStore store, RowChecks c, int row, StartJobRow r, HashSet<string> names)
    {
        bool ok = c.Required(row, "JobName", r.JobName);
        if (ok && (!names.Add(r.JobName!) || c.Facility.ProcessingJobs.ContainsKey(r.JobName!)))
        {
            c.Errors.Add(row, MetrcRuleCodes.ProcessingJobNameInUse, $"A processing job named {r.JobName} already exists or is named twice in this request.");
            ok = false;
        }

        JobTypeData? type = c.ActiveJobType(row, "JobType", r.JobType);
        ok &= type is not null & c.Timestamp(row, "StartDate", r.StartDate) & c.JobUnits(row, r.CountUnitOfMeasure, r.VolumeUnitOfMeasure, r.WeightUnitOfMeasure);
        List<(string Label, PackageData? Package, decimal Quantity)>? taken = c.JobPackages(row, r.Packages, adjusted: null);
        if (!ok || taken is null)
        {
            return null;
        }

        return () =>
        {
            var job = new ProcessingJobData
            {
                Id = store.NextId(),
                Name = r.JobName!,
                JobType = type!.Name,
                StartDate = DateOnly.FromDateTime(r.StartDate!.Value.DateTime),
                LastModified = store.Now,
            };
            foreach ((string label, PackageData? package, decimal quantity) in taken)
            {
                package!.Quantity -= quantity;
                package.LastModified = store.Now;
                job.Inputs[label] = job.Inputs.GetValueOrDefault(label) + quantity;
            }

            c.Facility.ProcessingJobs[job.Name] = job;
            store.CountWrite($"processingjob:{c.Facility.LicenseNumber}:{job.Name}");
            return job.Id;
        };
    }

    public static Func<long?>? Adjust(EmulatorStore store, RowChecks c, int row, AdjustJobRow r)
    {
        ProcessingJobData? job = c.Job(row, "Id", r.Id);
        bool ok = job is not null && c.OpenJob(row, job);
        ok &= c.Required(row, "AdjustmentReason", r.AdjustmentReason) & c.Timestamp(row, "AdjustmentDate", r.AdjustmentDate)
            & c.JobUnits(row, r.CountUnitOfMeasureName, r.VolumeUnitOfMeasureName, r.WeightUnitOfMeasureName);
        if (!ok || c.JobPackages(row, r.Packages, job) is not { } adjusted)
        {
            return null;
        }

        return () =>
        {
            foreach ((string label, _, decimal quantity) in adjusted)
            {
                job!.Inputs[label] -= quantity;
            }

            job!.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? CreatePackage(EmulatorStore store, RowChecks c, int row, JobPackageOutputRow r)
    {
        ProcessingJobData? job = c.Job(row, "JobName", r.JobName);
        bool ok = job is not null && c.OpenJob(row, job);
        ok &= c.NewTag(row, "Tag", r.Tag, TagKind.Package) & c.Location(row, "Location", r.Location) & c.OptionalSublocation(row, "Sublocation", r.Sublocation);
        ItemData? item = c.Item(row, "Item", r.Item);
        ok &= item is not null && c.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, item.Kind);
        ok &= c.Positive(row, "Quantity", r.Quantity) && c.Precise(row, "Quantity", r.Quantity!.Value);
        ok &= c.Date(row, "PackageDate", r.PackageDate);
        bool finish = r.FinishProcessingJob == true;
        if (finish)
        {
            ok &= c.Date(row, "FinishDate", r.FinishDate)
                & c.Waste(row, "WasteCountQuantity", r.WasteCountQuantity, "WasteCountUnitOfMeasureName", r.WasteCountUnitOfMeasureName, QuantityKind.Count)
                & c.Waste(row, "WasteVolumeQuantity", r.WasteVolumeQuantity, "WasteVolumeUnitOfMeasureName", r.WasteVolumeUnitOfMeasureName, QuantityKind.Volume)
                & c.Waste(row, "WasteWeightQuantity", r.WasteWeightQuantity, "WasteWeightUnitOfMeasureName", r.WasteWeightUnitOfMeasureName, QuantityKind.Weight);
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            c.UseTag(r.Tag!);
            var package = new PackageData
            {
                Id = store.NextId(),
                Label = r.Tag!,
                Item = item!.Name,
                Location = r.Location!,
                Quantity = r.Quantity!.Value,
                Unit = r.UnitOfMeasure!,
                Status = PackageStatus.Active,
                LabTestingState = "NotSubmitted",
                PackagedDate = r.PackageDate!.Value,
                LastModified = store.Now,
            };
            c.Facility.Packages[package.Label] = package;
            if (finish)
            {
                FinishJob(store, job!, r.FinishDate, r.FinishNote, r.WasteWeightQuantity);
            }

            job!.LastModified = store.Now;
            return package.Id;
        };
    }

    public static Func<long?>? Finish(EmulatorStore store, RowChecks c, int row, FinishJobRow r)
    {
        ProcessingJobData? job = c.Job(row, "Id", r.Id);
        bool ok = job is not null && c.OpenJob(row, job);
        ok &= c.Timestamp(row, "FinishDate", r.FinishDate)
            & c.Waste(row, "TotalCountWaste", r.TotalCountWaste, "WasteCountUnitOfMeasureName", r.WasteCountUnitOfMeasureName, QuantityKind.Count)
            & c.Waste(row, "TotalVolumeWaste", r.TotalVolumeWaste, "WasteVolumeUnitOfMeasureName", r.WasteVolumeUnitOfMeasureName, QuantityKind.Volume)
            & c.Waste(row, "TotalWeightWaste", r.TotalWeightWaste, "WasteWeightUnitOfMeasureName", r.WasteWeightUnitOfMeasureName, QuantityKind.Weight);
        if (!ok)
        {
            return null;
        }

        return () =>
        {
            FinishJob(store, job!, DateOnly.FromDateTime(r.FinishDate!.Value.DateTime), r.FinishNote, r.TotalWeightWaste);
            return null;
        };
    }

    public static Func<long?>? Unfinish(EmulatorStore store, RowChecks c, int row, UnfinishJobRow r)
    {
        ProcessingJobData? job = c.Job(row, "Id", r.Id);
        if (job is null)
        {
            return null;
        }

        if (!job.IsFinished)
        {
            c.Errors.Add(row, MetrcRuleCodes.ProcessingJobNotFinished, $"Processing job {job.Id} is not finished; only a finished job can be unfinished.");
            return null;
        }

        return () =>
        {
            job.IsFinished = false;
            job.FinishedDate = null;
            job.LastModified = store.Now;
            return null;
        };
    }

    private static void FinishJob(EmulatorStore store, ProcessingJobData job, DateOnly? date, string? note, decimal? weightWaste)
    {
        job.IsFinished = true;
        job.FinishedDate = date;
        job.FinishNote = note;
        job.TotalWeightWaste = weightWaste;
        job.LastModified = store.Now;
    }

    private static JobTypeData? ActiveJobType(RowChecks c, int row, long? id)
    {
        if (id is null)
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Id is required.");
            return null;
        }

        if (c.Facility.JobTypes.TryGetValue(id.Value, out JobTypeData? type) && type.Active)
        {
            return type;
        }

        c.Errors.Add(row, MetrcRuleCodes.ProcessingJobTypeNotFound, $"Processing job type {id} does not exist or is archived.");
        return null;
    }

    /// <summary>A DELETE of one record by the id in the route: checked under the lock, answered like a write (row 0 on a rejection).</summary>
    private static async Task DeleteAsync(HttpContext context, EmulatorStore store, EmulatorWriteLog log, Func<RowChecks, long?, Action?> rule)
    {
        EmulatorRequest request = EmulatorRequest.Get(context);
        long? id = long.TryParse(EmulatorRoutes.Key(context), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
        var errors = new RowErrors();
        lock (store.Lock)
        {
            rule(new RowChecks(store, request.RequiredState, request.RequiredFacility, errors), id)?.Invoke();
        }

        if (errors.Count > 0)
        {
            await errors.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        log.Record(context, []);
        await EmulatorJson.WriteAsync(context, 200, new WriteHandler.WriteResultBody([], [])).ConfigureAwait(false);
    }

    private static ProcessingJobBody Job(ProcessingJobData j) =>
        new(j.Id, j.Name, j.JobType, j.StartDate, j.IsFinished, j.FinishedDate, j.FinishNote, j.TotalWeightWaste, [.. j.Inputs.Keys], j.LastModified);

    private static JobTypeBody JobType(JobTypeData t) =>
        new(t.Id, t.Name, t.Description, t.Category, t.ProcessingSteps, [.. t.Attributes.Select((a, i) => new NamedBody(i + 1, a))], t.LastModified);
}
