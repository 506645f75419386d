using System.Collections.Concurrent;
using System.Text;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Auth;

public sealed class DualKeyAuthTests
{
    [Fact]
    public async Task Every_request_carries_basic_auth_with_vendor_key_as_user_and_user_key_as_password()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/facilities/v2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));

        await metrc.Client.Facilities.ListAsync();

        string header = Assert.Single(metrc.Requests).Header("Authorization");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("vendor-key-ABC:user-key-XYZ")), header);
    }

    [Fact]
    public async Task Two_licensees_calling_in_parallel_through_one_container_never_see_each_others_key()
    {
        var provider = new PerLicenseProvider(new Dictionary<string, MetrcCredentials>
        {
            ["LIC-A"] = new("shared-vendor", "user-key-of-A"),
            ["LIC-B"] = new("shared-vendor", "user-key-of-B"),
        });
        using WireMockMetrc metrc = WireMockMetrc.Start(builder: b => b.AddCredentialProvider(provider));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackagePage(1, 1, 1, 1, 1)));

        // Clients created from the same DI container share one pooled handler chain.
        IMetrcClientFactory factory = metrc.Services.GetRequiredService<IMetrcClientFactory>();
        IMetrcClient clientA = factory.Create(MetrcState.Co);
        IMetrcClient clientB = factory.Create(MetrcState.Co);

        const int CallsPerLicensee = 200;
        await Parallel.ForAsync(0, CallsPerLicensee * 2, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            (IMetrcClient client, string license) = i % 2 == 0 ? (clientA, "LIC-A") : (clientB, "LIC-B");
            await foreach (Models.Package _ in client.Packages.ListActiveAsync(license, cancellationToken: ct))
            {
            }
        });

        IReadOnlyList<ILogEntry> requests = metrc.Requests;
        Assert.Equal(CallsPerLicensee * 2, requests.Count);
        foreach (ILogEntry request in requests)
        {
            string license = request.Query("licenseNumber");
            string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"shared-vendor:user-key-of-{license[^1]}"));
            Assert.Equal(expected, request.Header("Authorization"));
        }

        Assert.Equal(CallsPerLicensee, requests.Count(r => r.Query("licenseNumber") == "LIC-A"));
        Assert.Equal(CallsPerLicensee, requests.Count(r => r.Query("licenseNumber") == "LIC-B"));
    }

    [Fact]
    public async Task A_rotated_user_key_is_used_on_the_next_call_without_rebuilding_the_client()
    {
        var provider = new RotatingProvider("key-1");
        using WireMockMetrc metrc = WireMockMetrc.Start(builder: b => b.AddCredentialProvider(provider));
        metrc.Server.Given(Request.Create().WithPath("/facilities/v2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));

        await metrc.Client.Facilities.ListAsync();
        provider.UserKey = "key-2";
        await metrc.Client.Facilities.ListAsync();

        string[] passwords = metrc.Requests
            .Select(r => Encoding.UTF8.GetString(Convert.FromBase64String(r.Header("Authorization")["Basic ".Length..])).Split(':')[1])
            .ToArray();
        Assert.Equal(["key-1", "key-2"], passwords);
    }

    [Fact]
    public async Task Per_request_credentials_override_the_provider_for_that_call_only()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/facilities/v2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));

        await metrc.Client.Facilities.ListAsync(new MetrcRequestOptions { Credentials = new MetrcCredentials("other-vendor", "other-user") });
        await metrc.Client.Facilities.ListAsync();

        string[] users = metrc.Requests
            .Select(r => Encoding.UTF8.GetString(Convert.FromBase64String(r.Header("Authorization")["Basic ".Length..])))
            .ToArray();
        Assert.Equal(["other-vendor:other-user", "vendor-key-ABC:user-key-XYZ"], users);
    }

    [Fact]
    public async Task The_provider_is_told_the_state_and_licence_of_each_request()
    {
        var provider = new PerLicenseProvider(new Dictionary<string, MetrcCredentials> { ["LIC-9"] = new("v", "u") });
        using WireMockMetrc metrc = WireMockMetrc.Start(builder: b => b.AddCredentialProvider(provider));
        metrc.Server.Given(Request.Create().WithPath("/plants/v2/1A4FF0100000022000000001").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Id":1,"Label":"1A4FF0100000022000000001"}"""));

        await metrc.Client.Plants.GetByLabelAsync("LIC-9", "1A4FF0100000022000000001");

        Assert.Equal(new MetrcCredentialContext(MetrcState.Co, "LIC-9"), Assert.Single(provider.Seen));
    }

    [Fact]
    public void Credentials_reject_blank_keys_and_colons_in_the_vendor_key()
    {
        Assert.Throws<ArgumentException>(() => new MetrcCredentials("", "u"));
        Assert.Throws<ArgumentException>(() => new MetrcCredentials("v", " "));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new MetrcCredentials("a:b", "u"));
        Assert.Equal("vendorKey", ex.ParamName);
    }

    private sealed class PerLicenseProvider(IReadOnlyDictionary<string, MetrcCredentials> keys) : IMetrcCredentialProvider
    {
        public ConcurrentQueue<MetrcCredentialContext> Seen { get; } = new();

        public async ValueTask<MetrcCredentials> GetCredentialsAsync(MetrcCredentialContext context, CancellationToken cancellationToken = default)
        {
            Seen.Enqueue(context);
            await Task.Yield(); // resolve asynchronously, as a secret store would
            return keys[context.LicenseNumber!];
        }
    }

    private sealed class RotatingProvider(string userKey) : IMetrcCredentialProvider
    {
        public string UserKey { get; set; } = userKey;

        public ValueTask<MetrcCredentials> GetCredentialsAsync(MetrcCredentialContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new MetrcCredentials("vendor", UserKey));
    }
}
