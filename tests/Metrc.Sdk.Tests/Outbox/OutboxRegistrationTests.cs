using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Outbox;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Metrc.Sdk.Tests.Outbox;

public sealed class OutboxRegistrationTests
{
    private static IMetrcClientBuilder Client(ServiceCollection services) =>
        services.AddLogging().AddMetrcClient(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri("http://127.0.0.1:9/") });

    [Fact]
    public void An_outbox_without_a_store_fails_with_a_message_naming_the_ways_to_choose_one()
    {
        var services = new ServiceCollection();
        Client(services).AddOutbox();
        using ServiceProvider provider = services.BuildServiceProvider();

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMetrcOutbox>());

        Assert.Contains("UseSqliteOutbox", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseInMemoryOutbox", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseInMemoryOutbox_keeps_entries_and_ledger_in_memory_whatever_the_order_of_calls()
    {
        var services = new ServiceCollection();
        Client(services).UseInMemoryOutbox().AddOutbox();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<InMemoryOutboxStore>(provider.GetRequiredService<IMetrcOutboxStore>());
        Assert.IsType<InMemoryIdempotencyLedger>(provider.GetRequiredService<IIdempotencyLedger>());
        Assert.NotNull(provider.GetRequiredService<MetrcOutboxDrainer>());
    }

    [Fact]
    public void UseSqliteOutbox_adds_the_outbox_and_puts_store_and_ledger_in_sqlite()
    {
        var services = new ServiceCollection();
        Client(services).UseSqliteOutbox("Data Source=:memory:");
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<SqliteOutboxStore>(provider.GetRequiredService<IMetrcOutboxStore>());
        Assert.IsType<SqliteIdempotencyLedger>(provider.GetRequiredService<IIdempotencyLedger>());
        Assert.NotNull(provider.GetRequiredService<IMetrcOutbox>());
    }

    [Fact]
    public void The_core_registers_no_hosted_service_and_the_hosting_package_registers_one_however_often_called()
    {
        var plain = new ServiceCollection();
        Client(plain).UseInMemoryOutbox().AddOutbox();
        Assert.DoesNotContain(plain, d => d.ServiceType == typeof(IHostedService));

        var hosted = new ServiceCollection();
        Client(hosted).UseInMemoryOutbox().AddOutboxHostedService().AddOutboxHostedService();
        using ServiceProvider provider = hosted.BuildServiceProvider();

        Assert.Single(provider.GetServices<IHostedService>());
        Assert.NotNull(provider.GetRequiredService<IMetrcOutbox>());
    }

    [Fact]
    public async Task The_hosted_service_drains_an_entry_while_the_host_runs()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(
            services: s => s.AddSingleton<TimeProvider>(TimeProvider.System),
            builder: b => b.UseInMemoryOutbox().AddOutbox(o => o.PollInterval = TimeSpan.FromMilliseconds(20)).AddOutboxHostedService());
        metrc.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/plantbatches/v2/plantings").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("""{"Ids":[1],"Warnings":[]}"""));
        IMetrcOutbox outbox = metrc.Services.GetRequiredService<IMetrcOutbox>();
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, "LIC-1", MetrcOutboxOperations.PlantBatches.CreatePlantings,
            [new Models.CreatePlantingsRequest { Name = "Hosted", Type = "Clone", Count = 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = new NodaTime.LocalDate(2026, 4, 30) }]);

        IHostedService service = metrc.Services.GetServices<IHostedService>().Single();
        await service.StartAsync(CancellationToken.None);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while ((await outbox.GetAsync(entry.Id, timeout.Token))!.Status != OutboxEntryStatus.Succeeded)
            {
                await Task.Delay(20, timeout.Token);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal(OutboxEntryStatus.Succeeded, (await outbox.GetAsync(entry.Id))!.Status);
    }
}
