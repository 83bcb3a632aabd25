using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BudgetPerformance.Web.Security;

/// <summary>
/// Authenticates another system by its token (<c>Authorization: Bearer bpsys_…</c>): the token's hash must name an
/// account that is not revoked. Only the push endpoints accept this scheme; a token opens nothing else, and a user's
/// cookie does not open the push endpoints.
/// </summary>
public sealed class SystemTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SystemToken";
    public const string AccountClaim = "bp:system";
    public const string RegionClaim = "bp:system-region";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[7..].Trim();
        if (!token.StartsWith(SystemAccount.TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("令牌格式不正确。");
        }

        var hash = SystemAccount.HashOf(token);
        var account = await db.SystemAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.TokenHash == hash, Context.RequestAborted);
        if (account is null || !account.IsActive)
        {
            Context.Items[DeniedRequestAudit.ReasonKey] = account is null ? "系统令牌无效" : $"系统账号“{account.Name}”的令牌已吊销";
            return AuthenticateResult.Fail("令牌无效或已吊销。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (account.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            // When it was last used, written directly: a sign of life, not a change to audit.
            await db.SystemAccounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(AccountClaim, account.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, account.Name),
            new Claim(RegionClaim, account.RegionId.ToString(CultureInfo.InvariantCulture)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "未认证", detail: "请在 Authorization 头中提供系统账号的有效令牌（Bearer）；令牌无效或已吊销时请联系财政局管理员。")
            .ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "无权访问", detail: "此接口只接受系统账号的令牌。").ExecuteAsync(Context);
    }
}

/// <summary>The system calling, from the request's principal when the push scheme authenticated it.</summary>
public sealed class CurrentSystem(IHttpContextAccessor http) : ICurrentSystem
{
    public SystemCaller? Get()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity is not { IsAuthenticated: true, AuthenticationType: SystemTokenHandler.SchemeName }
            || !long.TryParse(user.FindFirstValue(SystemTokenHandler.AccountClaim), CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(user.FindFirstValue(SystemTokenHandler.RegionClaim), CultureInfo.InvariantCulture, out var region))
        {
            return null;
        }

        return new SystemCaller(id, user.Identity.Name ?? string.Empty, region);
    }
}
