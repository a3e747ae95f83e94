using System.Text.Json;
using System.Text.RegularExpressions;
using Cronos;

namespace BudgetHarvest.Harvesting.Seeds;

/// <summary>
/// Reads and checks a seed file (format <c>budgetharvest-seeds/1</c>, see the README). Every problem
/// is collected and reported with its line and field, so one run shows all of them.
/// </summary>
public static class SeedLoader
{
    /// <summary>The value of the seed file's <c>format</c> field.</summary>
    public const string FormatName = "budgetharvest-seeds/1";

    /// <summary>Reads a seed file; folder paths in it are relative to the file's folder.</summary>
    /// <exception cref="SeedException">The file is unusable; <see cref="SeedException.Errors"/> says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SeedList Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(bytes, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Parses seed JSON; relative folder paths are resolved against <paramref name="baseFolder"/>.</summary>
    /// <exception cref="SeedException">The seeds are unusable.</exception>
    public static SeedList Parse(ReadOnlySpan<byte> utf8, string path, string baseFolder)
    {
        var root = LocatedJson.Parse(utf8, path);
        var reader = new Reader(path, baseFolder);
        var units = reader.ReadRoot(root);
        if (reader.Errors.Count > 0)
        {
            throw new SeedException(reader.Errors);
        }

        return new SeedList(path, units);
    }

    private sealed class Reader(string path, string baseFolder)
    {
        private static readonly string[] RootFields = ["format", "schedule", "units"];
        private static readonly string[] UnitFields = ["name", "code", "department", "region", "schedule", "sources"];
        private static readonly string[] SourceKinds = ["pdf", "index", "folder"];
        private static readonly string[] SourceFields = [.. SourceKinds, "include", "years", "depth", "files"];

        public List<SeedError> Errors { get; } = [];

        public List<UnitSeed> ReadRoot(LocatedJson root)
        {
            if (!Expect(root, JsonValueKind.Object, "$", "an object with \"format\" and \"units\""))
            {
                return [];
            }

            CheckFields(root, "$", RootFields);
            var format = String(root, "format", "$", required: true);
            if (format is not null && format != FormatName)
            {
                Error(Member(root, "format")!, "format", $"expected \"{FormatName}\", found \"{format}\"");
            }

            var defaultSchedule = Schedule(root, "$");
            var units = Member(root, "units");
            if (units is null)
            {
                Error(root, "units", "missing: the list of units to harvest");
                return [];
            }

            if (!Expect(units, JsonValueKind.Array, "units", "a list of units"))
            {
                return [];
            }

            var result = new List<UnitSeed>();
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < units.Items.Count; i++)
            {
                if (ReadUnit(units.Items[i], $"units[{i}]", defaultSchedule) is { } unit)
                {
                    // Unit codes are unique within a region; two cities may use the same number.
                    if (unit.Unit.Code is { } code && !codes.TryAdd($"{unit.Unit.Region}\n{code}", $"units[{i}]"))
                    {
                        Error(units.Items[i], $"units[{i}].code", $"\"{code}\" is also the code of {codes[$"{unit.Unit.Region}\n{code}"]} in the same region");
                    }

                    result.Add(unit);
                }
            }

            return result;
        }

        private UnitSeed? ReadUnit(LocatedJson unit, string at, string? defaultSchedule)
        {
            if (!Expect(unit, JsonValueKind.Object, at, "an object with \"name\" and \"sources\""))
            {
                return null;
            }

            CheckFields(unit, at, UnitFields);
            var name = String(unit, "name", at, required: true);
            var code = String(unit, "code", at);
            var department = String(unit, "department", at);
            var region = String(unit, "region", at);
            var schedule = Schedule(unit, at) ?? defaultSchedule;
            var sources = new List<SeedSource>();
            if (Member(unit, "sources") is not { } list)
            {
                Error(unit, $"{at}.sources", "missing: at least one pdf, index or folder source");
            }
            else if (Expect(list, JsonValueKind.Array, $"{at}.sources", "a list of sources"))
            {
                if (list.Items.Count == 0)
                {
                    Error(list, $"{at}.sources", "empty: give at least one pdf, index or folder source");
                }

                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (ReadSource(list.Items[i], $"{at}.sources[{i}]") is { } source)
                    {
                        sources.Add(source);
                    }
                }
            }

            return name is null ? null : new UnitSeed(new UnitRef(name, code, department, region), sources, schedule);
        }

        private SeedSource? ReadSource(LocatedJson source, string at)
        {
            if (!Expect(source, JsonValueKind.Object, at, "an object with one of \"pdf\", \"index\" or \"folder\""))
            {
                return null;
            }

            CheckFields(source, at, SourceFields);
            var kinds = source.Members.Where(m => SourceKinds.Contains(m.Name)).ToList();
            if (kinds.Count != 1)
            {
                Error(source, at, kinds.Count == 0
                    ? "needs one of \"pdf\" (a PDF URL), \"index\" (an HTML page URL) or \"folder\" (a local path)"
                    : $"has {string.Join(" and ", kinds.Select(k => $"\"{k.Name}\""))}: give exactly one per source");
                return null;
            }

            var kind = Enum.Parse<SourceKind>(kinds[0].Name, ignoreCase: true);
            var location = String(source, kinds[0].Name, at, required: true);
            if (location is null)
            {
                return null;
            }

            CheckOnlyFor(source, at, kind, "include", SourceKind.Index);
            CheckOnlyFor(source, at, kind, "years", SourceKind.Index);
            CheckOnlyFor(source, at, kind, "depth", SourceKind.Index);
            CheckOnlyFor(source, at, kind, "files", SourceKind.Folder);
            return kind switch
            {
                SourceKind.Folder => new SeedSource(kind, Path.GetFullPath(location, baseFolder), FilePattern: String(source, "files", at) ?? "*.pdf"),
                SourceKind.Index => HttpUrl(source, kinds[0].Name, at, location) ? new SeedSource(kind, location, Links(source, at)) : null,
                _ => HttpUrl(source, kinds[0].Name, at, location) ? new SeedSource(kind, location) : null,
            };
        }

        private LinkRules Links(LocatedJson source, string at)
        {
            string[] include = Member(source, "include") is { } list ? [.. Strings(list, $"{at}.include")] : LinkRules.Default.Include;
            foreach (var pattern in include)
            {
                if (!IsRegex(pattern))
                {
                    Error(Member(source, "include")!, $"{at}.include", $"\"{pattern}\" is not a valid regular expression");
                }
            }

            var years = new List<int>();
            if (Member(source, "years") is { } yearList && Expect(yearList, JsonValueKind.Array, $"{at}.years", "a list of budget years, e.g. [2023, 2024]"))
            {
                foreach (var item in yearList.Items)
                {
                    if (item.Kind == JsonValueKind.Number && int.TryParse(item.Scalar, out var year) && year is >= 1990 and <= 2100)
                    {
                        years.Add(year);
                    }
                    else
                    {
                        Error(item, $"{at}.years", $"{Show(item)} is not a budget year (1990–2100)");
                    }
                }
            }

            var depth = 1;
            if (Member(source, "depth") is { } depthValue && !(depthValue.Kind == JsonValueKind.Number && int.TryParse(depthValue.Scalar, out depth) && depth is 1 or 2))
            {
                Error(depthValue, $"{at}.depth", $"{Show(depthValue)} is not 1 (the page links the PDFs) or 2 (it links pages that link them)");
                depth = 1;
            }

            return new LinkRules(include, [.. years], depth);
        }

        private string? Schedule(LocatedJson owner, string at)
        {
            var cron = String(owner, "schedule", at);
            if (cron is null)
            {
                return null;
            }

            try
            {
                CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
                return cron;
            }
            catch (CronFormatException e)
            {
                Error(Member(owner, "schedule")!, Field(at, "schedule"), $"\"{cron}\" is not a cron expression ({e.Message}); e.g. \"0 3 * * *\" is daily at 03:00");
                return null;
            }
        }

        private bool HttpUrl(LocatedJson source, string name, string at, string location)
        {
            if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return true;
            }

            Error(Member(source, name)!, $"{at}.{name}", $"\"{location}\" is not an absolute http:// or https:// URL");
            return false;
        }

        private void CheckOnlyFor(LocatedJson source, string at, SourceKind kind, string field, SourceKind owner)
        {
            if (kind != owner && Member(source, field) is { } value)
            {
                Error(value, $"{at}.{field}", $"only applies to {owner.ToString().ToLowerInvariant()} sources");
            }
        }

        private void CheckFields(LocatedJson value, string at, string[] known)
        {
            foreach (var (name, line, _) in value.Members)
            {
                if (!known.Contains(name))
                {
                    Errors.Add(new SeedError(path, line, Field(at, name), $"unknown field; expected one of {string.Join(", ", known)}"));
                }
            }
        }

        private string? String(LocatedJson owner, string name, string at, bool required = false)
        {
            var value = Member(owner, name);
            if (value is null)
            {
                if (required)
                {
                    Error(owner, Field(at, name), "missing");
                }

                return null;
            }

            if (value.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.Scalar))
            {
                Error(value, Field(at, name), $"expected a non-empty string, found {Show(value)}");
                return null;
            }

            return value.Scalar.Trim();
        }

        private List<string> Strings(LocatedJson list, string at)
        {
            if (!Expect(list, JsonValueKind.Array, at, "a list of strings"))
            {
                return [];
            }

            var result = new List<string>();
            foreach (var item in list.Items)
            {
                if (item.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.Scalar))
                {
                    result.Add(item.Scalar);
                }
                else
                {
                    Error(item, at, $"expected a non-empty string, found {Show(item)}");
                }
            }

            return result;
        }

        private bool Expect(LocatedJson value, JsonValueKind kind, string at, string what)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Error(value, at, $"expected {what}, found {Show(value)}");
            return false;
        }

        private void Error(LocatedJson at, string field, string message) => Errors.Add(new SeedError(path, at.Line, field, message));

        private static LocatedJson? Member(LocatedJson owner, string name) =>
            owner.Members.FirstOrDefault(m => m.Name == name).Value;

        private static string Field(string at, string name) => at == "$" ? name : $"{at}.{name}";

        private static string Show(LocatedJson value) => value.Kind switch
        {
            JsonValueKind.String => $"\"{value.Scalar}\"",
            JsonValueKind.Number => value.Scalar!,
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            _ => value.Kind.ToString().ToLowerInvariant(),
        };

        private static bool IsRegex(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }
}
