using Metrc.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Http;

public sealed class CancellationTests
{
    [Fact]
    public async Task An_already_canceled_token_sends_nothing()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => metrc.Client.Facilities.ListAsync(cancellationToken: cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Models.Package _ in metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License, cancellationToken: cts.Token))
            {
            }
        });

        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task Canceling_while_metrc_is_slow_stops_the_call_with_OperationCanceledException()
    {
        using var server = new DroppingServer(hang: true);
        await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = server.Url });
        IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials("v", "u"));
        using var cts = new CancellationTokenSource();

        Task call = client.Facilities.ListAsync(cancellationToken: cts.Token);
        SpinWait.SpinUntil(() => server.RequestsReceived > 0 || call.IsCompleted, TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        OperationCanceledException ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Canceling_between_pages_stops_enumeration()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackagePage(1, 20, 1, 5, 100)));
        using var cts = new CancellationTokenSource();

        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Models.Package _ in metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License).WithCancellation(cts.Token))
            {
                if (++seen == 20)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(20, seen);
        Assert.Single(metrc.Requests);
    }
}
