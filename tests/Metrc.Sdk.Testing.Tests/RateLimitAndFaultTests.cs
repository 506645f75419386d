using Metrc.Sdk.Models;

namespace Metrc.Sdk.Testing.Tests;

public sealed class RateLimitAndFaultTests
{
    private static Task<MetrcPage<Strain>> GetAsync(EmulatorHarness h, string? license = null) =>
        h.Client.Strains.ListActiveAsync(license ?? h.License).GetPageAsync();

    [Fact]
    public async Task Gets_over_the_per_facility_rate_get_429_until_the_bucket_refills()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
        {
            o.RateLimits.Enabled = true;
            o.RateLimits.GetsPerSecondPerFacility = 5;
        });

        int ok = 0, limited = 0;
        for (int i = 0; i < 8; i++)
        {
            try
            {
                await GetAsync(h);
                ok++;
            }
            catch (MetrcRateLimitedException ex)
            {
                limited++;
                Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
            }
        }

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        for (int i = 0; i < 5; i++)
        {
            await GetAsync(h);
        }

        Assert.Equal((5, 3), (ok, limited));
        Assert.Equal(3, h.Emulator.GetStatistics().RateLimited);
    }

    [Fact]
    public async Task The_vendor_key_bucket_is_shared_by_all_facilities()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
        {
            o.RateLimits.Enabled = true;
            o.RateLimits.GetsPerSecondPerFacility = 50;
            o.RateLimits.GetsPerSecondPerVendorKey = 6;
        });
        IMetrcClient all = h.ClientFor(h.Emulator.AllFacilitiesUserKey);

        int limited = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                await all.Strains.ListActiveAsync(h.Emulator.Facilities[i % 2].LicenseNumber).GetPageAsync();
            }
            catch (MetrcRateLimitedException)
            {
                limited++;
            }
        }

        Assert.Equal(4, limited);
    }

    [Fact]
    public async Task Requests_over_the_concurrency_limit_get_429()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
        {
            o.RateLimits.Enabled = true;
            o.RateLimits.ConcurrentPerFacility = 2;
        });
        h.Emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.Latency, Count = 2, Latency = TimeSpan.FromSeconds(5) });

        Task<MetrcPage<Strain>> first = GetAsync(h);
        Task<MetrcPage<Strain>> second = GetAsync(h);
        SpinWait.SpinUntil(() => h.Emulator.Faults.Injected == 2, TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => GetAsync(h));
        await AdvanceUntilAsync(h, Task.WhenAll(first, second), TimeSpan.FromSeconds(5));

        Assert.True(h.Emulator.GetStatistics().PeakConcurrency >= 3);
        await GetAsync(h);
    }

    [Fact]
    public async Task Error_before_commit_applies_nothing()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.FailNext(EmulatorFaultKind.ErrorBeforeCommit, method: "POST");

        // A 500 cannot say whether it came before or after the commit: the client reports the outcome as unknown.
        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => h.PlantAsync("B-1"));

        Assert.IsType<MetrcServerException>(ex.InnerException);

        Assert.Equal(0, h.Emulator.GetWriteCount($"batch:{h.License}:B-1"));
    }

    [Fact]
    public async Task Error_after_commit_applies_the_write_but_answers_500()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.FailNext(EmulatorFaultKind.ErrorAfterCommit, method: "POST", pathContains: "plantings");

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => h.PlantAsync("B-1"));

        Assert.IsType<MetrcServerException>(ex.InnerException);
        Assert.Equal([0], ex.Rows);

        Assert.Equal(1, h.Emulator.GetWriteCount($"batch:{h.License}:B-1"));
    }

    [Fact]
    public async Task Abort_after_commit_applies_the_write_and_drops_the_connection()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.FailNext(EmulatorFaultKind.AbortAfterCommit, method: "POST");

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => h.PlantAsync("B-1"));

        Assert.True(Assert.IsType<MetrcTransportException>(ex.InnerException).MayHaveReachedServer);
        Assert.Equal(1, h.Emulator.GetWriteCount($"batch:{h.License}:B-1"));
    }

    [Fact]
    public async Task A_truncated_body_surfaces_as_a_metrc_exception_not_a_raw_one()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.FailNext(EmulatorFaultKind.TruncatedBody, method: "GET");

        MetrcException ex = await Assert.ThrowsAnyAsync<MetrcException>(() => GetAsync(h));

        Assert.True(ex is MetrcTransportException or MetrcResponseFormatException, ex.GetType().Name);
    }

    [Fact]
    public async Task An_injected_429_storm_answers_429_with_retry_after()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.FailNext(EmulatorFaultKind.TooManyRequests, count: 3);

        for (int i = 0; i < 3; i++)
        {
            MetrcRateLimitedException ex = await Assert.ThrowsAsync<MetrcRateLimitedException>(() => GetAsync(h));
            Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        }

        await GetAsync(h);
        Assert.Equal(3, h.Emulator.GetStatistics().FaultsInjected);
    }

    [Fact]
    public async Task Latency_holds_the_answer_until_the_emulator_clock_moves()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.Latency, Count = 1, Latency = TimeSpan.FromSeconds(30) });

        Task<MetrcPage<Strain>> call = GetAsync(h);
        SpinWait.SpinUntil(() => h.Emulator.Faults.Injected == 1, TimeSpan.FromSeconds(10));
        Assert.False(call.IsCompleted);
        await AdvanceUntilAsync(h, call, TimeSpan.FromSeconds(30));

        Assert.Equal(3, (await call).Items.Count);
    }

    [Fact]
    public async Task Probabilistic_faults_are_reproducible_from_the_seed()
    {
        static async Task<string> RunAsync(int seed)
        {
            await using EmulatorHarness h = await EmulatorHarness.StartAsync(o => o.FaultSeed = seed);
            h.Emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.TooManyRequests, Probability = 0.5 });
            var outcomes = new System.Text.StringBuilder();
            for (int i = 0; i < 30; i++)
            {
                try
                {
                    await GetAsync(h);
                    outcomes.Append('.');
                }
                catch (MetrcRateLimitedException)
                {
                    outcomes.Append('x');
                }
            }

            return outcomes.ToString();
        }

        string first = await RunAsync(7);

        Assert.Equal(first, await RunAsync(7));
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    /// <summary>
    /// Moves the emulator's fake clock until <paramref name="pending"/> completes: the emulator registers its delay on the
    /// clock just after deciding the fault, so one advance could land before the registration.
    /// </summary>
    private static async Task AdvanceUntilAsync(EmulatorHarness h, Task pending, TimeSpan step)
    {
        for (int i = 0; i < 1000 && !pending.IsCompleted; i++)
        {
            h.Clock.Advance(step);
            SpinWait.SpinUntil(() => pending.IsCompleted, TimeSpan.FromMilliseconds(20));
        }

        await pending;
    }

    [Fact]
    public async Task Counters_track_requests_per_facility_and_vendor_key()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await GetAsync(h);
        await GetAsync(h);
        await h.Client.Facilities.ListAsync();

        EmulatorStatistics stats = h.Emulator.GetStatistics();
        Assert.Equal(3, stats.TotalRequests);
        Assert.Equal(2, stats.RequestsByFacility[h.License]);
        Assert.Equal(3, stats.RequestsByVendorKey[h.Emulator.VendorKey]);
    }
}
