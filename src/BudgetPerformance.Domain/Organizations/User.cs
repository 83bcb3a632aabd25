using System.Linq.Expressions;
using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Domain.Organizations;

/// <summary>A person who signs in. Belongs to exactly one organisation and holds one or more roles.</summary>
public sealed class User : Entity
{
    private User()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
        SecurityStamp = string.Empty;
    }

    public string UserName { get; private set; }
    public string DisplayName { get; private set; }
    public long OrganizationId { get; private set; }
    public Role Roles { get; private set; }
    public string PasswordHash { get; private set; }
    public int FailedLoginCount { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public DateTime? LastLoginAt { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>
    /// Changes whenever every session of the user must end (deactivation, password change or reset, new roles or
    /// organisation, sign-out); each session carries the stamp it was issued with and is refused once it differs.
    /// </summary>
    public string SecurityStamp { get; private set; }

    public static Result<User> Create(string userName, string displayName, Organization organization, Role roles, string passwordHash)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length is < 3 or > 50 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            return Error.Validation("用户名须为 3–50 位字母、数字或 _ . -。", nameof(UserName));
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 50)
        {
            return Error.Validation("姓名不能为空，且不超过 50 个字。", nameof(DisplayName));
        }

        if (CheckRoles(organization, roles) is { } misfit)
        {
            return misfit;
        }

        return new User
        {
            UserName = userName.Trim().ToLowerInvariant(),
            DisplayName = displayName.Trim(),
            OrganizationId = organization.Id,
            Roles = roles,
            PasswordHash = passwordHash,
            IsActive = true,
            SecurityStamp = NewStamp(),
        };
    }

    /// <summary>An administrator gives the user other roles, or moves them to another organisation: their sessions end.</summary>
    public Result Reassign(Organization organization, Role roles)
    {
        if (CheckRoles(organization, roles) is { } misfit)
        {
            return misfit;
        }

        if (roles == Roles && organization.Id == OrganizationId)
        {
            return Result.Success();
        }

        Roles = roles;
        OrganizationId = organization.Id;
        EndAllSessions();
        return Result.Success();
    }

    private static Error? CheckRoles(Organization organization, Role roles)
    {
        if (roles == Role.None || (roles & ~Organizations.Roles.All.Aggregate(Role.None, (all, r) => all | r)) != 0)
        {
            return Error.Validation(roles == Role.None ? "用户至少要有一个角色。" : "角色不存在。", nameof(Roles));
        }

        var misfit = Organizations.Roles.Split(roles).FirstOrDefault(r => !Organizations.Roles.FitsOrganization(r, organization.Kind));
        return misfit == Role.None
            ? null
            : Error.Validation($"“{organization.Name}”的用户不能担任“{Organizations.Roles.DisplayName(misfit)}”角色。", nameof(Roles));
    }

    /// <summary>Ends every session of the user at once (the next request or circuit check of each is refused).</summary>
    public void EndAllSessions() => SecurityStamp = NewStamp();

    /// <summary>Whether a session issued with <paramref name="stamp"/> may still act, as a query filter.</summary>
    public static Expression<Func<User, bool>> SessionValidAt(string stamp, DateTime now)
    {
        var maySignIn = MaySignInAt(now);
        var user = maySignIn.Parameters[0];
        Expression<Func<string>> given = () => stamp;
        var same = Expression.Equal(Expression.Property(user, nameof(SecurityStamp)), given.Body);
        return Expression.Lambda<Func<User, bool>>(Expression.AndAlso(maySignIn.Body, same), user);
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public bool HasRole(Role role) => (Roles & role) != 0;

    /// <summary>The lockout rule, written once: locked while the lock's end lies after <c>now</c>.</summary>
    public static readonly Expression<Func<User, DateTime, bool>> LockedAt = (u, now) => u.LockedUntil != null && u.LockedUntil > now;

    private static readonly Func<User, DateTime, bool> LockedAtCompiled = LockedAt.Compile();

    public bool IsLockedOut(DateTime now) => LockedAtCompiled(this, now);

    /// <summary>Active and not locked at <paramref name="now"/>, as a query filter (the same rule as <see cref="IsLockedOut"/>).</summary>
    public static Expression<Func<User, bool>> MaySignInAt(DateTime now)
    {
        var user = LockedAt.Parameters[0];
        // A closure, not a constant, so a database query sends the time as a parameter.
        Expression<Func<DateTime>> at = () => now;
        var locked = new Substitute(LockedAt.Parameters[1], at.Body).Visit(LockedAt.Body);
        return Expression.Lambda<Func<User, bool>>(Expression.AndAlso(Expression.Property(user, nameof(IsActive)), Expression.Not(locked)), user);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>Counts a failed sign-in; locks the account once the policy's limit is reached.</summary>
    public void RecordFailedLogin(DateTime now, SecurityPolicy policy)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= policy.MaxFailedLogins)
        {
            LockedUntil = now + policy.LockoutDuration;
            FailedLoginCount = 0;
        }
    }

    public void RecordSuccessfulLogin(DateTime now)
    {
        FailedLoginCount = 0;
        LockedUntil = null;
        LastLoginAt = now;
    }

    public void ChangePasswordHash(string passwordHash)
    {
        PasswordHash = passwordHash;
        EndAllSessions();
    }

    public void Deactivate()
    {
        IsActive = false;
        EndAllSessions();
    }

    public void Activate() => IsActive = true;

    /// <summary>An administrator lifts a lockout before it expires.</summary>
    public void Unlock()
    {
        LockedUntil = null;
        FailedLoginCount = 0;
    }
}
