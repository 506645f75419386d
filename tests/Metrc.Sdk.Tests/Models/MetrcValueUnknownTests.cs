using System.Text.Json;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Tests.ModelShapes;

public sealed class MetrcValueUnknownTests
{
    [Fact]
    public void An_unknown_lab_testing_state_reads_as_unknown_and_writes_back_unchanged()
    {
        const string Json = """{"Id":5,"Label":"1A40E0100000A1B000000777","LabTestingState":"SomethingNew","InitialLabTestingState":"TestPassed","PackageType":"Crate"}""";

        Package package = JsonSerializer.Deserialize(Json, MetrcJsonContext.Default.Package)!;

        Assert.Equal("SomethingNew", package.LabTestingState?.Value);
        Assert.False(package.LabTestingState!.Value.IsKnown);
        Assert.True(package.InitialLabTestingState!.Value.IsKnown);
        Assert.Equal(LabTestingState.TestPassed, package.InitialLabTestingState);
        Assert.False(package.PackageType!.Value.IsKnown);

        using JsonDocument written = JsonDocument.Parse(JsonSerializer.Serialize(package, MetrcJsonContext.Default.Package));
        Assert.Equal("SomethingNew", written.RootElement.GetProperty("LabTestingState").GetString());
        Assert.Equal("Crate", written.RootElement.GetProperty("PackageType").GetString());
    }

    [Theory]
    [InlineData("\"Rerouted\"")]
    [InlineData("\"accepted\"")]
    public void An_unknown_transfer_package_state_round_trips(string json)
    {
        TransferPackageState state = JsonSerializer.Deserialize(json, MetrcJsonContext.Default.TransferPackageState);

        Assert.False(state.IsKnown);
        Assert.Equal(json, JsonSerializer.Serialize(state, MetrcJsonContext.Default.TransferPackageState));
    }

    [Fact]
    public void A_known_value_is_known()
    {
        CustomerType value = JsonSerializer.Deserialize("\"Patient\"", MetrcJsonContext.Default.CustomerType);

        Assert.True(value.IsKnown);
    }
}
