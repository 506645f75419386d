using System.Globalization;
using System.Text.Json;
using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Testing.Data;

/// <summary>The emulator's data plus the lock that serialises every read and write of it.</summary>
internal sealed class EmulatorStore
{
    private static readonly (string Name, string Category, QuantityKind Kind, string Unit, string? Brand)[] s_items =
    [
        ("Buds", "Buds", QuantityKind.Weight, "Grams", null),
        ("Shake", "Shake/Trim", QuantityKind.Weight, "Grams", null),
        ("Pre-Roll 1g", "Pre-Roll", QuantityKind.Count, "Each", "Emerald"),
        ("Vape Cart 0.5g", "Vape Cartridge", QuantityKind.Count, "Each", "Cloud"),
        ("Tincture 30ml", "Tincture", QuantityKind.Volume, "Milliliters", "Drops"),
        ("Live Resin", "Concentrate", QuantityKind.Weight, "Grams", "Emerald"),
    ];

    public static readonly (string Name, QuantityKind Kind)[] Categories =
    [
        ("Buds", QuantityKind.Weight), ("Shake/Trim", QuantityKind.Weight), ("Pre-Roll", QuantityKind.Count),
        ("Vape Cartridge", QuantityKind.Count), ("Tincture", QuantityKind.Volume), ("Concentrate", QuantityKind.Weight),
        ("Edible", QuantityKind.Count), ("Clone", QuantityKind.Count),
    ];

    public const int SeededPackagesPerFacility = 3;

    public EmulatorStore(EmulatorData data, TimeProvider time)
    {
        Data = data;
        Time = time;
    }

    public Lock Lock { get; } = new();

    public EmulatorData Data { get; }

    public TimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The per-state rules that replace <see cref="MetrcStateRules.For"/> (set from <see cref="MetrcEmulatorOptions.StateRules"/>).</summary>
    public IReadOnlyDictionary<MetrcState, MetrcStateRules> StateRules { get; init; } = new Dictionary<MetrcState, MetrcStateRules>();

    /// <summary>The lifecycle rules of a state: the emulator's override, else the SDK's table.</summary>
    public MetrcStateRules RulesFor(StateData state) =>
        !MetrcStates.TryParse(state.Code, out MetrcState code) ? MetrcStateRules.Default
        : StateRules.TryGetValue(code, out MetrcStateRules? rules) ? rules
        : MetrcStateRules.For(code);

    /// <summary>Today in the state's time zone (Metrc judges business dates by the facility's calendar, not UTC).</summary>
    public DateOnly TodayIn(StateData state) =>
        MetrcStates.TryParse(state.Code, out MetrcState code)
            ? new MetrcClock(code, Time).GetToday().ToDateOnly()
            : DateOnly.FromDateTime(Now.UtcDateTime);

    public long NextId() => ++Data.NextId;

    public void CountWrite(string naturalKey) =>
        Data.WriteCounts[naturalKey] = Data.WriteCounts.GetValueOrDefault(naturalKey) + 1;

    public static string PlantTag(int state, int facility, int sequence) => Tag(state, facility, '1', sequence);

    public static string PackageTag(int state, int facility, int sequence) => Tag(state, facility, '2', sequence);

    /// <summary>The tag <paramref name="offset"/> positions after <paramref name="start"/> (the numeric tail increments), or null.</summary>
    public static string? OffsetTag(string start, int offset)
    {
        if (!MetrcTagRules.IsValidFormat(start) || !long.TryParse(start.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
        {
            return null;
        }

        string tail = (sequence + offset).ToString("D15", CultureInfo.InvariantCulture);
        return tail.Length == 15 ? string.Concat(start.AsSpan(0, 9), tail) : null;
    }

    public static EmulatorData Seed(MetrcEmulatorOptions options)
    {
        var data = new EmulatorData();
        DateOnly licenseStart = DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime).AddYears(-2);
        DateTimeOffset now = options.TimeProvider.GetUtcNow();
        for (int s = 0; s < options.States.Count; s++)
        {
            string code = MetrcStates.GetCode(options.States[s]);
            var state = new StateData { Code = code };
            data.States[code] = state;
            for (int f = 1; f <= options.FacilitiesPerState; f++)
            {
                string license = $"{code.ToUpperInvariant()}-LIC-{f:D4}";
                var facility = new FacilityData
                {
                    LicenseNumber = license,
                    Name = $"Emulated Facility {code.ToUpperInvariant()} {f}",
                    UserKey = $"user-key-{code}-{f:D4}",
                    LicenseStart = licenseStart,
                };
                state.Facilities[license] = facility;
                for (int t = 1; t <= options.TagsPerFacility; t++)
                {
                    string plant = PlantTag(s, f, t);
                    string package = PackageTag(s, f, t);
                    facility.Tags[plant] = new TagData { Id = ++data.NextId, Label = plant, Kind = TagKind.Plant };
                    facility.Tags[package] = new TagData { Id = ++data.NextId, Label = package, Kind = TagKind.Package };
                }

                foreach ((string name, string category, QuantityKind kind, string unit, string? brand) in s_items)
                {
                    facility.Items[name] = new ItemData { Id = ++data.NextId, Name = name, Category = category, Kind = kind, DefaultUnit = unit, Brand = brand, LastModified = now };
                }

                HarvestSeed.Seed(data, facility, now);
                foreach (string strain in new[] { "Blue Dream", "OG Kush", "Sour Diesel" })
                {
                    facility.Strains[strain] = new NamedData { Id = ++data.NextId, Name = strain, LastModified = now };
                }

                FacilityData.SeedLabTests(data, facility, now);
                foreach (string location in new[] { "Veg Room", "Flower Room", "Dry Room", "Vault" })
                {
                    facility.Locations[location] = new NamedData { Id = ++data.NextId, Name = location, LastModified = now };
                }

                PlantSeed.Seed(data, facility, now);
                for (int p = 1; p <= SeededPackagesPerFacility && p <= options.TagsPerFacility; p++)
                {
                    string label = PackageTag(s, f, options.TagsPerFacility - p + 1);
                    facility.Tags[label].Used = true;
                    facility.Packages[label] = new PackageData
                    {
                        Id = ++data.NextId,
                        Label = label,
                        Item = "Buds",
                        Location = "Vault",
                        Quantity = 100m * p,
                        Unit = "Grams",
                        Status = PackageStatus.Active,
                        LabTestingState = "TestPassed",
                        PackagedDate = licenseStart.AddDays(30),
                        LastModified = now,
                    };
                }
            }
        }

        JobTypeData.Seed(data, now);
        return data;
    }

    public static EmulatorData Load(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), EmulatorDataJsonContext.Default.EmulatorData)
        ?? throw new InvalidDataException($"The emulator data file '{path}' is empty.");

    public void Save(string path)
    {
        byte[] bytes;
        lock (Lock)
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(Data, EmulatorDataJsonContext.Default.EmulatorData);
        }

        string temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    private static string Tag(int state, int facility, char kind, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"1A40{state:D2}{facility:D2}{kind}{sequence:D15}");
}
