using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Identity;

namespace BudgetPerformance.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher (salted, 100,000 iterations of HMAC-SHA512).</summary>
public sealed class PasswordHasher : Application.Common.IPasswordHasher
{
    private readonly PasswordHasher<User> _inner = new();

    public string Hash(string password) => _inner.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _inner.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
}
