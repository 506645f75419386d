using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/Metrc.Sdk.Benchmarks -- --filter '*'
// Dry run:   dotnet run -c Release --project benchmarks/Metrc.Sdk.Benchmarks -- --filter '*' --job dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
