using Metrc.Sdk.Generator;

// Regenerates the operation declarations from the catalogue. Run from anywhere inside the repository:
//   dotnet run --project src/Metrc.Sdk.Generator            writes the files
//   dotnet run --project src/Metrc.Sdk.Generator -- --check  exits 1 when a committed file differs
string root = Repository.FindRoot(Directory.GetCurrentDirectory());
bool check = args.Contains("--check");
CatalogueFile catalogue = Catalogue.Load(Path.Combine(root, Repository.CataloguePath));
IReadOnlyList<string> stale = Repository.Compare(root, Emitter.Generate(catalogue), write: !check);
foreach (string path in stale)
{
    Console.WriteLine((check ? "out of date: " : "wrote: ") + path);
}

Console.WriteLine($"{catalogue.Operations.Count} operations, {stale.Count} file(s) {(check ? "out of date" : "written")}.");
return check && stale.Count > 0 ? 1 : 0;
