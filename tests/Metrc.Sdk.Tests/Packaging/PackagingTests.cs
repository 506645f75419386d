using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Metrc.Sdk.Tests.Packaging;

/// <summary>
/// Packs the SDK's packages (from this configuration's build output) into a temporary folder and checks what each one
/// brings: users of the plain client must not carry SQLite, Redis, the DI container or hosting.
/// </summary>
public sealed class PackagingTests : IClassFixture<PackagingTests.PackedPackages>
{
    private readonly PackedPackages _packages;

    public PackagingTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void The_core_package_depends_only_on_what_every_user_needs()
    {
        string[] expected =
        [
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Http.Resilience",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Options",
            "Microsoft.Extensions.Options.ConfigurationExtensions",
            "NodaTime",
            "Polly.RateLimiting",
        ];

        Assert.Equal(expected, _packages.Dependencies("Metrc.Sdk"));
    }

    [Theory]
    [InlineData("Metrc.Sdk.Redis", "StackExchange.Redis")]
    [InlineData("Metrc.Sdk.Sqlite", "Microsoft.Data.Sqlite")]
    [InlineData("Metrc.Sdk.Hosting", "Microsoft.Extensions.Hosting.Abstractions")]
    public void Each_optional_package_brings_its_one_dependency_on_top_of_the_core(string package, string dependency)
    {
        Assert.Equal(new[] { "Metrc.Sdk", dependency }.Order(StringComparer.Ordinal), _packages.Dependencies(package));
    }

    [Theory]
    [InlineData("Metrc.Sdk")]
    [InlineData("Metrc.Sdk.Redis")]
    [InlineData("Metrc.Sdk.Sqlite")]
    [InlineData("Metrc.Sdk.Hosting")]
    public void Each_package_carries_its_own_readme_xml_docs_and_a_symbol_package(string package)
    {
        using ZipArchive nupkg = ZipFile.OpenRead(_packages.PathOf(package));
        string readme = new StreamReader(nupkg.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.StartsWith($"# {package}", readme, StringComparison.Ordinal);
        Assert.NotNull(nupkg.GetEntry($"lib/net10.0/{package}.dll"));
        Assert.NotNull(nupkg.GetEntry($"lib/net10.0/{package}.xml"));
        Assert.True(File.Exists(Path.ChangeExtension(_packages.PathOf(package), ".snupkg")), $"{package}.snupkg is missing");
    }

    /// <summary>Runs <c>dotnet pack --no-build</c> once for the class.</summary>
    public sealed class PackedPackages : IDisposable
    {
        private static readonly string[] s_projects = ["Metrc.Sdk", "Metrc.Sdk.Redis", "Metrc.Sdk.Sqlite", "Metrc.Sdk.Hosting"];

        private readonly string _output = Directory.CreateTempSubdirectory("metrc-pack-").FullName;

        public PackedPackages()
        {
#if DEBUG
            const string Configuration = "Debug";
#else
            const string Configuration = "Release";
#endif
            string root = RepositoryRoot();
            foreach (string project in s_projects)
            {
                var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(root, "src", project, project + ".csproj"), "-c", Configuration, "--no-build", "-o", _output, "-nologo"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using Process pack = Process.Start(start)!;
                string output = pack.StandardOutput.ReadToEnd() + pack.StandardError.ReadToEnd();
                pack.WaitForExit();
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed ({pack.ExitCode}):\n{output}");
                }
            }
        }

        public string PathOf(string package) =>
            Directory.GetFiles(_output, package + ".*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)[package.Length + 1]));

        /// <summary>The ids of the package's dependencies for net10.0, sorted.</summary>
        public string[] Dependencies(string package)
        {
            using ZipArchive nupkg = ZipFile.OpenRead(PathOf(package));
            ZipArchiveEntry nuspec = nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            XDocument document = XDocument.Load(nuspec.Open());
            return
            [
                .. document.Descendants().Where(e => e.Name.LocalName == "dependency")
                    .Select(e => (string)e.Attribute("id")!)
                    .Order(StringComparer.Ordinal),
            ];
        }

        public void Dispose() => Directory.Delete(_output, recursive: true);

        private static string RepositoryRoot()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Metrc.Sdk.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Metrc.Sdk.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
