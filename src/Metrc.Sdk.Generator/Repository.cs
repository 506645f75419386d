namespace Metrc.Sdk.Generator;

/// <summary>Where the catalogue and the generated files live, and how the committed output is compared and written.</summary>
internal static class Repository
{
    public const string CataloguePath = "src/Metrc.Sdk/Api/catalogue.json";

    public const string GeneratedFolder = "src/Metrc.Sdk/Api/Generated";

    public static string FindRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Metrc.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Metrc.Sdk.sln above {start}.");
    }

    /// <summary>
    /// The generated files whose committed text differs from <paramref name="files"/>, plus stale files left in the generated
    /// folder; written (or deleted) when <paramref name="write"/>.
    /// </summary>
    public static IReadOnlyList<string> Compare(string root, IReadOnlyDictionary<string, string> files, bool write)
    {
        var stale = new List<string>();
        foreach ((string relative, string text) in files)
        {
            string path = Path.Combine(root, relative);
            string? current = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
            if (current == text)
            {
                continue;
            }

            stale.Add(relative);
            if (write)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }

        string folder = Path.Combine(root, GeneratedFolder);
        if (Directory.Exists(folder))
        {
            foreach (string path in Directory.EnumerateFiles(folder, "*.g.cs"))
            {
                string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (!files.ContainsKey(relative))
                {
                    stale.Add(relative);
                    if (write)
                    {
                        File.Delete(path);
                    }
                }
            }
        }

        stale.Sort(StringComparer.Ordinal);
        return stale;
    }
}
