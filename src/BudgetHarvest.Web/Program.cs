using BudgetHarvest.Web.Hosting;

if (PasswordHashCommand.IsRequested(args))
{
    return PasswordHashCommand.Run(Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBudgetHarvestWeb();
await using var app = builder.Build();
app.UseBudgetHarvestWeb();
await app.RunAsync();
return 0;
