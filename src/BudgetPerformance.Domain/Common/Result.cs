namespace BudgetPerformance.Domain.Common;

/// <summary>What went wrong, in words a user can act on (zh-CN), with the field it concerns when there is one.</summary>
public sealed record Error(ErrorKind Kind, string Message, string? Field = null)
{
    /// <summary>Every problem found, when there is more than one (e.g. each bad cell of an import).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public static Error Many(string summary, IReadOnlyList<string> details, string? field = null) =>
        new(ErrorKind.Validation, summary, field) { Details = details };

    public static Error Validation(string message, string? field = null) => new(ErrorKind.Validation, message, field);
    public static Error NotFound(string message) => new(ErrorKind.NotFound, message);
    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, message);
    public static Error Conflict(string message) => new(ErrorKind.Conflict, message);
}

/// <summary>The kinds of expected failure; one place in the web layer maps them to HTTP status codes.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>The outcome of an operation that can fail for reasons the user should see.</summary>
public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }
    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);
    public static Result Failure(Error error) => new(error);
    public static Result<T> Success<T>(T value) => Result<T>.Ok(value);

    public static implicit operator Result(Error error) => new(error);
}

/// <summary>A result that carries a value when it succeeds.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, Error? error) : base(error) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("失败的结果没有值：" + Error!.Message);

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Ok(value);
    public static implicit operator Result<T>(Error error) => Fail(error);
}
