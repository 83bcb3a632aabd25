using System.Text.Json;

namespace BudgetPerformance.IntegrationTests.Support;

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
