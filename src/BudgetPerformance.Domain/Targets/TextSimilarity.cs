using System.Text;

namespace BudgetPerformance.Domain.Targets;

/// <summary>Compares Chinese texts for copying: normalised (no spaces, punctuation, digits or years) character bigrams.</summary>
public static class TextSimilarity
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static HashSet<int> Bigrams(string normalized)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            set.Add((normalized[i] << 16) | normalized[i + 1]);
        }

        return set;
    }

    /// <summary>The bigrams as a sorted array, for fast repeated comparison.</summary>
    public static int[] SortedBigrams(string normalized)
    {
        var array = Bigrams(normalized).ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>
    /// Jaccard similarity of two sorted bigram arrays, or 0 when it cannot reach <paramref name="threshold"/> (the sizes
    /// alone bound it by min/max) — most pairs are ruled out without comparing a single bigram.
    /// </summary>
    public static decimal JaccardAtLeast(int[] a, int[] b, decimal threshold)
    {
        if (a.Length == 0 || b.Length == 0 || Math.Min(a.Length, b.Length) < (double)threshold * Math.Max(a.Length, b.Length))
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (decimal)(a.Length + b.Length - shared);
    }
}

/// <summary>A target as the copy check sees it.</summary>
public sealed record PeerText(long TargetId, long SubjectId, string SubjectName, long DepartmentId, string AnnualGoal, string IndicatorSignature);

/// <summary>
/// Finds targets whose goal text or indicator set was copied from another project's: exact copies anywhere in the
/// region by hash, near copies (bigram similarity) within the same department.
/// </summary>
public sealed class CopyIndex
{
    private readonly Dictionary<string, List<PeerText>> _byGoal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PeerText>> _bySignature = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<(PeerText Peer, int[] Bigrams)>> _byDepartment = [];

    public static readonly CopyIndex Empty = new([]);

    public CopyIndex(IEnumerable<PeerText> peers)
    {
        foreach (var p in peers)
        {
            var goal = TextSimilarity.Normalize(p.AnnualGoal);
            if (goal.Length >= 8)
            {
                Add(_byGoal, goal, p);
                if (!_byDepartment.TryGetValue(p.DepartmentId, out var list))
                {
                    _byDepartment[p.DepartmentId] = list = [];
                }

                list.Add((p, TextSimilarity.SortedBigrams(goal)));
            }

            if (p.IndicatorSignature.Length > 0)
            {
                Add(_bySignature, p.IndicatorSignature, p);
            }
        }
    }

    /// <summary>The other project whose annual goal is the same as or nearly the same as this one, if any.</summary>
    public (PeerText Peer, decimal Similarity)? CopiedGoal(long subjectId, long departmentId, string annualGoal, decimal threshold)
    {
        var goal = TextSimilarity.Normalize(annualGoal);
        if (goal.Length < 8)
        {
            return null;
        }

        if (_byGoal.TryGetValue(goal, out var same) && same.FirstOrDefault(p => p.SubjectId != subjectId) is { } exact)
        {
            return (exact, 1m);
        }

        if (!_byDepartment.TryGetValue(departmentId, out var peers))
        {
            return null;
        }

        var bigrams = TextSimilarity.SortedBigrams(goal);
        (PeerText, decimal)? best = null;
        foreach (var (peer, peerBigrams) in peers)
        {
            if (peer.SubjectId == subjectId)
            {
                continue;
            }

            var similarity = TextSimilarity.JaccardAtLeast(bigrams, peerBigrams, threshold);
            if (similarity >= threshold && (best is null || similarity > best.Value.Item2))
            {
                best = (peer, similarity);
            }
        }

        return best;
    }

    /// <summary>Another project with exactly the same indicators (names and values).</summary>
    public PeerText? CopiedIndicators(long subjectId, string signature) =>
        signature.Length > 0 && _bySignature.TryGetValue(signature, out var same) ? same.FirstOrDefault(p => p.SubjectId != subjectId) : null;

    /// <summary>Names and printed values of all indicators, order-independent.</summary>
    public static string Signature(IEnumerable<(string Name, string Value)> indicators)
    {
        var parts = indicators.Select(i => TextSimilarity.Normalize(i.Name) + "|" + i.Value).Order(StringComparer.Ordinal).ToList();
        return parts.Count < 3 ? string.Empty : string.Join(";", parts);
    }

    /// <summary>A short, stable hash of <see cref="Signature"/> for storage.</summary>
    public static string SignatureHash(IEnumerable<(string Name, string Value)> indicators)
    {
        var signature = Signature(indicators);
        return signature.Length == 0
            ? string.Empty
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signature)))[..32];
    }

    private static void Add(Dictionary<string, List<PeerText>> map, string key, PeerText p)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(p);
    }
}
