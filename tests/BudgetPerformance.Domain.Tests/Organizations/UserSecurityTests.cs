using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

public sealed class UserSecurityTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private readonly OrganizationBuilder _b = new();

    [Fact]
    public void RecordFailedLogin_LocksAfterThePolicysLimit_ForItsDuration()
    {
        var user = _b.User(_b.Department(), Role.Department);
        var policy = SecurityPolicy.Default;

        for (var i = 0; i < policy.MaxFailedLogins - 1; i++)
        {
            user.RecordFailedLogin(Now, policy);
            Assert.False(user.IsLockedOut(Now));
        }

        user.RecordFailedLogin(Now, policy);

        Assert.True(user.IsLockedOut(Now));
        Assert.True(user.IsLockedOut(Now + policy.LockoutDuration - TimeSpan.FromSeconds(1)));
        Assert.False(user.IsLockedOut(Now + policy.LockoutDuration));
    }

    [Fact]
    public void RecordSuccessfulLogin_ResetsTheFailureCount()
    {
        var user = _b.User(_b.Department(), Role.Department);
        user.RecordFailedLogin(Now, SecurityPolicy.Default);

        user.RecordSuccessfulLogin(Now);

        Assert.Equal(0, user.FailedLoginCount);
        Assert.Equal(Now, user.LastLoginAt);
    }

    [Theory]
    [InlineData("Jx#2026demo", true, null)]
    [InlineData("Short#1", false, "长度至少")]
    [InlineData("alllowercaseletters", false, "至少包含")]
    [InlineData("Tester#2026abc", false, "不能包含用户名")]
    [InlineData("ABCDEFGH1234", false, "至少包含")]
    [InlineData("Abcdefgh1234", false, "过于常见")]
    [InlineData("Password@123", false, "过于常见")]
    [InlineData("P@ssw0rd2026!", false, "过于常见")]
    [InlineData("Qwerty#2026", false, "过于常见")]
    [InlineData("Woaini@1314", false, "过于常见")]
    [InlineData("Caizheng#2026", false, "过于常见")]
    [InlineData("1qaz@WSX3edc", false, "过于常见")]
    [InlineData("12345678#Aa", false, "过于常见")]
    [InlineData("Lanhai#Qiao7", true, null)]
    [InlineData("Strong#Pass2027", true, null)]
    [InlineData("7#9$2%4&1*Qm", true, null)]
    public void CheckPassword_ExplainsWhatIsMissing(string password, bool ok, string? message)
    {
        var result = SecurityPolicy.Default.CheckPassword(password, "tester");

        Assert.Equal(ok, result.IsSuccess);
        if (message is not null)
        {
            Assert.Contains(message, result.Error!.Message);
        }
    }
}
