using BudgetPerformance.Web;
using BudgetPerformance.Web.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = WebAppBuilder.Build(args);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"预算绩效管理平台已启动：{url}");
    }
});
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
