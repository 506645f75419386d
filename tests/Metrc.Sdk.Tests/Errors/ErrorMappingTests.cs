using System.Net;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace Metrc.Sdk.Tests.Errors;

public sealed class ErrorMappingTests
{
    private const string Label = "1A4FF0100000022000000001";

    private static async Task<TException> GetPackageFails<TException>(Action<IResponseBuilder> respond)
        where TException : Exception
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        IResponseBuilder response = Response.Create();
        respond(response);
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{Label}").UsingGet()).RespondWith(response);

        return await Assert.ThrowsAsync<TException>(() => metrc.Client.Packages.GetByLabelAsync(WireMockMetrc.License, Label));
    }

    [Fact]
    public async Task Row_errors_of_a_400_are_mapped_with_their_row_index()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/adjust").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""[{"row":0,"message":"Package 1A4... is not available"},{"Row":2,"Message":"Quantity must be greater than 0"}]"""));

        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.Packages.AdjustAsync(WireMockMetrc.License, Enumerable.Range(0, 3).Select(i => new AdjustPackageRequest
            {
                Label = Label,
                Quantity = -1,
                UnitOfMeasure = "Grams",
                AdjustmentReason = "Drying",
                AdjustmentDate = new NodaTime.LocalDate(2026, 1, 31),
            }), new MetrcRequestOptions { Batch = new() { ResubmitValidRows = false } }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.False(ex.IsClientSide);
        Assert.Equal([new MetrcRowError(0, "Package 1A4... is not available"), new MetrcRowError(2, "Quantity must be greater than 0")], ex.RowErrors);
        Assert.Equal("POST", ex.RequestMethod);
        Assert.Equal($"/packages/v2/adjust?licenseNumber={WireMockMetrc.License}", ex.RequestPath);
        Assert.Contains("2 rows rejected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_with_a_message_object_keeps_the_message()
    {
        MetrcValidationException ex = await GetPackageFails<MetrcValidationException>(r =>
            r.WithStatusCode(400).WithBody("""{"Message":"No data sent."}"""));

        Assert.Equal("No data sent.", ex.MetrcMessage);
        Assert.Empty(ex.RowErrors);
    }

    [Fact]
    public async Task A_401_with_no_body_is_an_authentication_error()
    {
        MetrcAuthenticationException ex = await GetPackageFails<MetrcAuthenticationException>(r => r.WithStatusCode(401));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("GET", ex.RequestMethod);
        Assert.StartsWith($"/packages/v2/{Label}", ex.RequestPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_403_is_a_forbidden_error_with_metrcs_message()
    {
        MetrcForbiddenException ex = await GetPackageFails<MetrcForbiddenException>(r =>
            r.WithStatusCode(403).WithBody("""{"Message":"Authorization has been denied for this request."}"""));

        Assert.Equal("Authorization has been denied for this request.", ex.MetrcMessage);
    }

    [Fact]
    public async Task A_404_is_a_not_found_error()
    {
        MetrcNotFoundException ex = await GetPackageFails<MetrcNotFoundException>(r => r.WithStatusCode(404));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task A_413_is_a_payload_too_large_error()
    {
        MetrcPayloadTooLargeException ex = await GetPackageFails<MetrcPayloadTooLargeException>(r => r.WithStatusCode(413));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, ex.StatusCode);
    }

    [Fact]
    public async Task A_429_carries_retry_after_in_seconds()
    {
        MetrcRateLimitedException ex = await GetPackageFails<MetrcRateLimitedException>(r =>
            r.WithStatusCode(429).WithHeader("Retry-After", "7"));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.False(ex.IsClientSide);
    }

    [Fact]
    public async Task A_429_carries_retry_after_given_as_an_http_date()
    {
        DateTimeOffset at = DateTimeOffset.UtcNow.AddMinutes(10);
        MetrcRateLimitedException ex = await GetPackageFails<MetrcRateLimitedException>(r =>
            r.WithStatusCode(429).WithHeader("Retry-After", at.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.NotNull(ex.RetryAfter);
        Assert.InRange(ex.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task A_429_without_retry_after_has_none()
    {
        MetrcRateLimitedException ex = await GetPackageFails<MetrcRateLimitedException>(r => r.WithStatusCode(429));

        Assert.Null(ex.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_is_a_server_error(int status)
    {
        MetrcServerException ex = await GetPackageFails<MetrcServerException>(r =>
            r.WithStatusCode(status).WithBody("""{"Message":"An error has occurred."}"""));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal("An error has occurred.", ex.MetrcMessage);
    }

    [Fact]
    public async Task An_html_error_page_with_status_200_is_a_response_format_error()
    {
        MetrcResponseFormatException ex = await GetPackageFails<MetrcResponseFormatException>(r =>
            r.WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>Service Unavailable</body></html>"));

        Assert.Equal("text/html", ex.ContentType);
        Assert.Contains("non-JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_error_page_with_a_5xx_is_a_server_error_without_the_html()
    {
        MetrcServerException ex = await GetPackageFails<MetrcServerException>(r =>
            r.WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>Bad gateway</body></html>"));

        Assert.DoesNotContain("<html>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_json_is_a_response_format_error_wrapping_the_json_error()
    {
        MetrcResponseFormatException ex = await GetPackageFails<MetrcResponseFormatException>(r =>
            r.WithStatusCode(200).WithBody("""{"Id":1,"Label":"1A4FF01"""));

        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Json_of_the_wrong_type_is_a_response_format_error()
    {
        await GetPackageFails<MetrcResponseFormatException>(r => r.WithStatusCode(200).WithBody("""[1,2,3]"""));
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_a_response_format_error()
    {
        await GetPackageFails<MetrcResponseFormatException>(r => r.WithStatusCode(200).WithBody("""{"Id":"not-a-number","Label":"x"}"""));
    }

    [Fact]
    public async Task An_unparseable_date_is_a_response_format_error()
    {
        await GetPackageFails<MetrcResponseFormatException>(r => r.WithStatusCode(200).WithBody("""{"Id":1,"Label":"x","PackagedDate":"31/01/2026"}"""));
    }

    [Fact]
    public async Task An_empty_200_where_json_is_expected_is_a_response_format_error()
    {
        await GetPackageFails<MetrcResponseFormatException>(r => r.WithStatusCode(200));
    }

    [Fact]
    public async Task A_paging_envelope_without_data_is_a_response_format_error()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/items/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Total":3,"TotalPages":1}"""));

        await Assert.ThrowsAsync<MetrcResponseFormatException>(() => metrc.Client.Items.ListActiveAsync(WireMockMetrc.License).GetPageAsync());
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transport_error_that_may_have_reached_the_server()
    {
        using var server = new DroppingServer();
        await using var factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = server.Url };
            o.MaxRetryAttempts = 0;
        });
        IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials("v", "u"));

        MetrcTransportException ex = await Assert.ThrowsAsync<MetrcTransportException>(() => client.Packages.GetByLabelAsync(WireMockMetrc.License, Label));

        Assert.Equal(1, server.RequestsReceived);
        Assert.True(ex.MayHaveReachedServer);
        Assert.Null(ex.StatusCode);
        Assert.Equal("GET", ex.RequestMethod);
    }

    [Fact]
    public async Task A_garbled_chunked_body_is_never_a_raw_exception()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{Label}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackageJson(1)).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        MetrcException ex = await Assert.ThrowsAnyAsync<MetrcException>(() => metrc.Client.Packages.GetByLabelAsync(WireMockMetrc.License, Label));

        Assert.True(ex is MetrcTransportException or MetrcResponseFormatException, ex.GetType().Name);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_error_that_never_reached_the_server()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            o.MaxRetryAttempts = 0;
        });
        IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials("v", "u"));

        MetrcTransportException ex = await Assert.ThrowsAsync<MetrcTransportException>(() => client.Facilities.ListAsync());

        Assert.False(ex.MayHaveReachedServer);
    }

    [Fact]
    public async Task Other_statuses_map_to_the_base_exception_with_status_and_path()
    {
        MetrcException ex = await GetPackageFails<MetrcException>(r => r.WithStatusCode(409).WithBody("conflict"));

        Assert.Equal(typeof(MetrcException), ex.GetType());
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.Equal("conflict", ex.MetrcMessage);
    }
}
