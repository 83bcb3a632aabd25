using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>Password and sign-in rules (等保 practice: length, character classes, no common passwords, lockout after repeated failures).</summary>
public sealed record SecurityPolicy(int MinPasswordLength, int MinCharacterClasses, int MaxFailedLogins, TimeSpan LockoutDuration)
{
    public static readonly SecurityPolicy Default = new(10, 3, 5, TimeSpan.FromMinutes(15));

    /// <summary>Checks a new password; the message says exactly what is missing.</summary>
    public Result CheckPassword(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
        {
            return Error.Validation($"密码长度至少 {MinPasswordLength} 位。", "Password");
        }

        var classes = new[]
        {
            password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiDigit),
            password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(x => x);
        if (classes < MinCharacterClasses)
        {
            return Error.Validation($"密码须至少包含大写字母、小写字母、数字、符号中的 {MinCharacterClasses} 类。", "Password");
        }

        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("密码不能包含用户名。", "Password");
        }

        if (CommonPasswords.Contains(password))
        {
            return Error.Validation("这个密码过于常见（如 Password@123、Qwerty#2026 或常用词加数字），容易被猜中，请换一个。", "Password");
        }

        return Result.Success();
    }
}
