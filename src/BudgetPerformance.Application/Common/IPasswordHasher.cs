namespace BudgetPerformance.Application.Common;

/// <summary>Hashes and checks passwords (PBKDF2 in the infrastructure).</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}
