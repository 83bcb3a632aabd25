namespace BudgetPerformance.Domain.Organizations;

/// <summary>
/// Passwords that length and character classes let through but attackers try first: the most common passwords of
/// leaked lists (in English and Chinese pinyin) and their usual dressing — capitals, l33t letters, a year or “123” and a
/// symbol appended. A password whose core, once that dressing is taken off, is one of these words is refused.
/// </summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Cores = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pass", "pwd", "admin", "administrator", "root", "user", "test", "guest", "login", "welcome",
        "qwerty", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "qazwsxedc", "qweasd", "qweasdzxc", "abc",
        "abcd", "abcdef", "abcdefg", "abcdefgh", "iloveyou", "letmein", "monkey", "dragon", "master", "sunshine", "princess",
        "football", "baseball", "superman", "batman", "trustno", "shadow", "michael", "jennifer", "hello", "hellokitty",
        "freedom", "whatever", "starwars", "computer", "changeme", "secret", "default", "system", "server", "manager",
        "woaini", "woaini1314", "aini", "wodemima", "mima", "zhongguo", "china", "beijing", "shanghai", "caizheng",
        "caizhengju", "yusuan", "jixiao", "yusuanjixiao", "zhengfu", "gongzuo", "bangong", "danwei", "huawei", "baidu",
        "tencent", "alibaba", "taobao", "weixin", "wechat", "qq", "aa", "aaa", "aaaa", "abab", "ab",
    };

    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "1234567890", "0123456789", "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "a1b2c3d4e5", "zaq12wsx",
        "1qaz@wsx", "1qaz!qaz", "1qaz@wsx3edc", "1qaz2wsx#edc", "1qaz@wsx#edc", "!qaz@wsx#edc", "!qaz2wsx#edc", "qazwsxedc", "!qaz2wsx", "1qaz2wsx", "p@ssw0rd", "p@$$w0rd", "qwer1234", "asdf1234", "zxcv1234",
        "aa123456", "aa12345678", "aa123456789", "a123456789", "abc123456", "abc12345678", "qq123456", "woaini520",
        "5201314", "1314520", "11111111", "88888888", "66666666", "12341234", "147258369", "123123123", "987654321",
    };

    /// <summary>Whether the password is one of the common ones or a dressed-up common word.</summary>
    public static bool Contains(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Whole.Contains(lower))
        {
            return true;
        }

        var core = Core(lower);
        return core.Length == 0 || Cores.Contains(core) || Whole.Contains(core) || IsRun(core);
    }

    /// <summary>The letters left once l33t digits are read back as letters and leading and trailing digits and symbols go.</summary>
    private static string Core(string lower)
    {
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsAsciiLetterLower(lower[start]))
        {
            start++;
        }

        while (end > start && !char.IsAsciiLetterLower(lower[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            // Only digits and symbols: judge the digits alone.
            return new string(lower.Where(char.IsAsciiDigit).ToArray());
        }

        var chars = lower[start..end].Select(c => c switch
        {
            '@' or '4' => 'a',
            '0' => 'o',
            '1' or '!' or '|' => 'i',
            '3' => 'e',
            '$' or '5' => 's',
            '7' => 't',
            _ => c,
        }).Where(char.IsAsciiLetterLower).ToArray();
        return new string(chars);
    }

    /// <summary>A run like “abcdefgh”, “12345678” or “aaaaaaaa” (a core of one or two letters is no run: the rest decides).</summary>
    private static bool IsRun(string core)
    {
        if (core.Length < 3)
        {
            return false;
        }

        var step = core[1] - core[0];
        if (Math.Abs(step) > 1)
        {
            return false;
        }

        for (var i = 2; i < core.Length; i++)
        {
            if (core[i] - core[i - 1] != step)
            {
                return false;
            }
        }

        return true;
    }
}
