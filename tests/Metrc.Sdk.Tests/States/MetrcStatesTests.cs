namespace Metrc.Sdk.Tests.States;

public sealed class MetrcStatesTests
{
    private static readonly string[] s_codes =
    [
        "ak", "al", "ca", "co", "dc", "gu", "il", "ky", "la", "ma", "md", "me", "mi", "mn", "mo",
        "ms", "mt", "nj", "nv", "ny", "oh", "ok", "or", "ri", "sd", "va", "vi", "wv",
    ];

    [Fact]
    public void All_lists_every_metrc_jurisdiction_once()
    {
        Assert.Equal(s_codes, MetrcStates.All.Select(MetrcStates.GetCode));
    }

    [Theory]
    [InlineData(MetrcState.Co, MetrcEnvironment.Production, "https://api-co.metrc.com/")]
    [InlineData(MetrcState.Ca, MetrcEnvironment.Sandbox, "https://sandbox-api-ca.metrc.com/")]
    [InlineData(MetrcState.Wv, MetrcEnvironment.Production, "https://api-wv.metrc.com/")]
    public void GetBaseAddress_follows_the_host_pattern(MetrcState state, MetrcEnvironment environment, string expected)
    {
        Assert.Equal(new Uri(expected), MetrcStates.GetBaseAddress(state, environment));
    }

    [Theory]
    [InlineData("co", MetrcState.Co)]
    [InlineData("CO", MetrcState.Co)]
    [InlineData(" ny ", MetrcState.Ny)]
    public void TryParse_accepts_codes_in_any_case(string code, MetrcState expected)
    {
        Assert.True(MetrcStates.TryParse(code, out MetrcState state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tx")]
    public void TryParse_rejects_unknown_codes(string? code)
    {
        Assert.False(MetrcStates.TryParse(code, out _));
    }

    [Fact]
    public void GetCode_rejects_undefined_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetrcStates.GetCode((MetrcState)999));
    }

    [Fact]
    public void Options_base_address_override_wins_over_environment()
    {
        var options = new MetrcClientOptions { Environment = MetrcEnvironment.Sandbox };
        options.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri("http://127.0.0.1:5000/metrc") };
        options.States[MetrcState.Mi] = new MetrcStateOptions { Environment = MetrcEnvironment.Production };

        Assert.Equal(new Uri("http://127.0.0.1:5000/metrc/"), options.GetBaseAddress(MetrcState.Co));
        Assert.Equal(new Uri("https://api-mi.metrc.com/"), options.GetBaseAddress(MetrcState.Mi));
        Assert.Equal(new Uri("https://sandbox-api-ok.metrc.com/"), options.GetBaseAddress(MetrcState.Ok));
    }
}
