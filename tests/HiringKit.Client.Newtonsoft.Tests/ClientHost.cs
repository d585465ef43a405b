namespace HiringKit.Tests;

/// <summary>TestHost's Postgres and API for this assembly: a SetUpFixture only covers its own assembly's tests.</summary>
[SetUpFixture]
public sealed class NewtonsoftClientHost
{
    readonly TestHost _host = new();

    [OneTimeSetUp]
    public Task StartAsync() => _host.StartAsync();

    [OneTimeTearDown]
    public Task StopAsync() => _host.StopAsync();
}
