namespace BudgetExtract.Web.Rendering;

/// <summary>A request that cannot be answered: 400 (bad parameter) or 404 (unknown id), with a sentence for the reader.</summary>
internal sealed class HttpProblem(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static HttpProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static HttpProblem NotFound(string message) => new(StatusCodes.Status404NotFound, message);
}
