using Metrc.Sdk.Tests.Idempotency;
using Metrc.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Errors;

/// <summary>One <c>catch (MetrcRowsException)</c> handles every row rejection: the SDK's, Metrc's of all rows, Metrc's of some rows.</summary>
public sealed class RowRejectionCatchTests
{
    private const string TagA = "1A4FF0100000022000000201";
    private const string TagB = "1A4FF0100000022000000202";

    /// <summary>The caller's code: one catch, reading the rejected rows.</summary>
    private static async Task<MetrcRowsException?> CreateAndCatchAsync(WireMockMetrc metrc, string[] tags, MetrcRequestOptions? options = null)
    {
        try
        {
            await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [.. tags.Select(IdempotentWriterTests.Package)], options);
            return null;
        }
        catch (MetrcRowsException ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task A_row_rejected_by_the_SDK_before_sending_is_caught()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        MetrcRowsException? ex = await CreateAndCatchAsync(metrc, [TagA, "NOT-A-TAG"], new MetrcRequestOptions { ValidationMode = MetrcValidationMode.Enabled });

        MetrcValidationException validation = Assert.IsType<MetrcValidationException>(ex);
        Assert.True(validation.IsClientSide);
        Assert.Contains(ex!.RowErrors, e => e.Row == 1);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task Every_row_rejected_by_Metrc_is_caught()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).RespondWith(Response.Create().WithStatusCode(400)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""[{"row":0,"message":"Tag is not available."},{"row":1,"message":"Tag is not available."}]"""));

        MetrcRowsException? ex = await CreateAndCatchAsync(metrc, [TagA, TagB]);

        Assert.IsType<MetrcValidationException>(ex);
        Assert.Equal([0, 1], ex!.RowErrors.Select(e => e.Row));
    }

    [Fact]
    public async Task Some_rows_rejected_by_Metrc_while_the_others_are_applied_are_caught()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("partial").WillSetStateTo("resubmitted")
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""[{"row":1,"message":"Tag is not available."}]"""));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("partial").WhenStateIs("resubmitted")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"Ids":[901]}"""));

        MetrcRowsException? ex = await CreateAndCatchAsync(metrc, [TagA, TagB]);

        MetrcBatchException partial = Assert.IsType<MetrcBatchException>(ex);
        Assert.Equal([1], ex!.RowErrors.Select(e => e.Row));
        Assert.Equal([0], partial.AcceptedRows);
        Assert.Equal([901L], partial.Accepted.Ids);
    }
}
