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
        if (normalized.Length < 2)
        {
            return [];
        }

        var array = new int[normalized.Length - 1];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = (normalized[i] << 16) | normalized[i + 1];
        }

        Array.Sort(array);
        var distinct = 1;
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i] != array[distinct - 1])
            {
                array[distinct++] = array[i];
            }
        }

        return distinct == array.Length ? array : array[..distinct];
    }

    /// <summary>
    /// Jaccard similarity of two sorted bigram arrays, or 0 when it cannot reach <paramref name="threshold"/> (the sizes
    /// alone bound it by min/max) — most pairs are ruled out without comparing a single bigram.
    /// </summary>
    public static decimal JaccardAtLeast(int[] a, int[] b, decimal threshold)
    {
        var shared = SharedAtLeast(a, b, MinShared(a.Length, b.Length, (double)threshold));
        return shared < 0 ? 0 : Jaccard(a.Length, b.Length, shared);
    }

    /// <summary>
    /// The fewest shared bigrams that can give a Jaccard similarity of <paramref name="threshold"/> for arrays of these
    /// sizes (s / (a + b − s) ≥ t ⇔ s ≥ t(a + b) / (1 + t)), one below to leave room for rounding; the exact decimal
    /// comparison is made afterwards on the real count.
    /// </summary>
    public static int MinShared(int a, int b, double threshold) =>
        a == 0 || b == 0 ? int.MaxValue : Math.Max(1, (int)Math.Floor(threshold * (a + b) / (1 + threshold)) - 1);

    /// <summary>How many bigrams two sorted arrays share, or −1 as soon as fewer than <paramref name="atLeast"/> can be.</summary>
    public static int SharedAtLeast(int[] a, int[] b, int atLeast)
    {
        if (Math.Min(a.Length, b.Length) < atLeast)
        {
            return -1;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < atLeast)
            {
                return -1;
            }

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

        return shared >= atLeast ? shared : -1;
    }

    public static decimal Jaccard(int a, int b, int shared) => shared / (decimal)(a + b - shared);
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
    private readonly Dictionary<long, DepartmentGoals> _byDepartment = [];

    public static readonly CopyIndex Empty = new([]);

    public CopyIndex(IEnumerable<PeerText> peers)
    {
        var byDepartment = new Dictionary<long, List<(PeerText Peer, int[] Bigrams)>>();
        foreach (var p in peers)
        {
            var goal = TextSimilarity.Normalize(p.AnnualGoal);
            if (goal.Length >= 8)
            {
                Add(_byGoal, goal, p);
                if (!byDepartment.TryGetValue(p.DepartmentId, out var list))
                {
                    byDepartment[p.DepartmentId] = list = [];
                }

                list.Add((p, TextSimilarity.SortedBigrams(goal)));
            }

            if (p.IndicatorSignature.Length > 0)
            {
                Add(_bySignature, p.IndicatorSignature, p);
            }
        }

        foreach (var (department, list) in byDepartment)
        {
            list.Sort((x, y) => x.Bigrams.Length.CompareTo(y.Bigrams.Length));
            _byDepartment[department] = new DepartmentGoals(
                list.Select(x => x.Peer).ToArray(), list.Select(x => x.Bigrams).ToArray(), list.Select(x => x.Bigrams.Length).ToArray());
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

        if (_byGoal.TryGetValue(goal, out var same))
        {
            foreach (var p in same)
            {
                if (p.SubjectId != subjectId)
                {
                    return (p, 1m);
                }
            }
        }

        if (!_byDepartment.TryGetValue(departmentId, out var peers))
        {
            return null;
        }

        // Jaccard ≥ t needs t·n ≤ m ≤ n/t for sizes n and m: only peers of sizes in that band, found by binary search
        // in the size-sorted department list, are compared at all.
        var bigrams = TextSimilarity.SortedBigrams(goal);
        var t = (double)threshold;
        var n = bigrams.Length;
        var from = LowerBound(peers.Sizes, (int)Math.Floor(t * n));
        var upTo = t <= 0 ? int.MaxValue : (int)Math.Ceiling(n / t);
        (PeerText, decimal)? best = null;
        for (var k = from; k < peers.Sizes.Length && peers.Sizes[k] <= upTo; k++)
        {
            var peer = peers.Peers[k];
            if (peer.SubjectId == subjectId)
            {
                continue;
            }

            var peerBigrams = peers.Bigrams[k];
            var shared = TextSimilarity.SharedAtLeast(bigrams, peerBigrams, TextSimilarity.MinShared(n, peerBigrams.Length, t));
            if (shared < 0)
            {
                continue;
            }

            var similarity = TextSimilarity.Jaccard(n, peerBigrams.Length, shared);
            if (similarity >= threshold && (best is null || similarity > best.Value.Item2))
            {
                best = (peer, similarity);
            }
        }

        return best;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed record DepartmentGoals(PeerText[] Peers, int[][] Bigrams, int[] Sizes);

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
