using BudgetPerformance.Domain.Common;

namespace BudgetPerformance.Application.Common;

/// <summary>One page of a list, with the total so the UI can page.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);

/// <summary>The shape every paged request shares; checked once here for API, page and export alike.</summary>
public static class PagingRules
{
    public const int MaxPageSize = 200;

    public static Result Check(int page, int pageSize, string? keyword, int maxKeywordLength = 50)
    {
        if (page < 1)
        {
            return Error.Validation("页码应从 1 开始。", "page");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation($"每页条数应在 1–{MaxPageSize} 之间。", "pageSize");
        }

        if (keyword is { Length: > 0 } && keyword.Length > maxKeywordLength)
        {
            return Error.Validation($"搜索关键字不超过 {maxKeywordLength} 个字。", "keyword");
        }

        return Result.Success();
    }
}
