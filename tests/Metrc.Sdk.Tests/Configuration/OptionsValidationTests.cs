using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Tests.Configuration;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task Plain_http_to_a_non_loopback_host_fails_at_startup()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Services.AddMetrcClient(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri("http://metrc-proxy.example.com/") };
            o.VendorKey = "v";
            o.UserKey = "u";
        });
        using IHost host = builder.Build();

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("States[Co].BaseAddress", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://proxy.example.com/metrc/")]
    public void Loopback_http_and_any_https_are_accepted(string address)
    {
        var options = new MetrcClientOptions();
        options.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri(address) };

        Assert.True(new MetrcClientOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0, "PageSize")]
    [InlineData(21, "PageSize")]
    public void Page_size_outside_metrc_limits_is_rejected(int pageSize, string expected)
    {
        ValidateOptionsResult result = new MetrcClientOptionsValidator().Validate(null, new MetrcClientOptions { PageSize = pageSize });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeouts_and_keys_are_checked_with_named_messages()
    {
        var options = new MetrcClientOptions
        {
            AttemptTimeout = TimeSpan.FromMinutes(5),
            TotalTimeout = TimeSpan.FromMinutes(1),
            MaxRetryAttempts = 11,
            VendorKey = "only-vendor",
        };

        ValidateOptionsResult result = new MetrcClientOptionsValidator().Validate(null, options);

        Assert.Contains("AttemptTimeout", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MaxRetryAttempts", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("VendorKey and UserKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_section_binds_states_keys_and_limits()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Metrc:Environment"] = "Sandbox",
            ["Metrc:DefaultState"] = "Co",
            ["Metrc:PageSize"] = "10",
            ["Metrc:VendorKey"] = "vk",
            ["Metrc:UserKey"] = "uk",
            ["Metrc:States:Co:BaseAddress"] = "http://127.0.0.1:7777/",
            ["Metrc:States:Mi:Environment"] = "Production",
        }).Build();
        var services = new ServiceCollection();
        services.AddMetrcClient(config.GetSection("Metrc"));
        using ServiceProvider provider = services.BuildServiceProvider();

        MetrcClientOptions options = provider.GetRequiredService<IOptions<MetrcClientOptions>>().Value;
        IMetrcClient client = provider.GetRequiredService<IMetrcClient>();

        Assert.Equal(MetrcEnvironment.Sandbox, options.Environment);
        Assert.Equal(10, options.PageSize);
        Assert.Equal(MetrcState.Co, client.State);
        Assert.Equal(new Uri("http://127.0.0.1:7777/"), client.BaseAddress);
        Assert.Equal(new Uri("https://api-mi.metrc.com/"), options.GetBaseAddress(MetrcState.Mi));
    }

    [Fact]
    public void Injecting_IMetrcClient_without_a_default_state_explains_what_to_do()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => metrc.Services.GetRequiredService<IMetrcClient>());

        Assert.Contains("DefaultState", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_a_client_without_any_credentials_fails_clearly()
    {
        var services = new ServiceCollection();
        services.AddMetrcClient(_ => { });
        using ServiceProvider provider = services.BuildServiceProvider();

        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(
            () => provider.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co));

        Assert.Contains("IMetrcCredentialProvider", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_factory_works_without_a_container_and_validates_immediately()
    {
        Assert.Throws<OptionsValidationException>(() => new MetrcClientFactory(o => o.PageSize = 50));

        using WireMock.Server.WireMockServer server = WireMock.Server.WireMockServer.Start();
        server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/unitsofmeasure/v2/active").UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                .WithBody("""[{"QuantityType":"WeightBased","Name":"Grams","Abbreviation":"g"}]"""));
        await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri(server.Url!) });

        IReadOnlyList<Models.UnitOfMeasure> units = await factory.Create(MetrcState.Co, new MetrcCredentials("v", "u")).UnitsOfMeasure.ListActiveAsync();

        Assert.Equal("Grams", Assert.Single(units).Name);
    }
}
