using Microsoft.Playwright;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>
/// One headless Chromium for all browser tests: Debian's <c>chromium</c> package (which <c>.ci/run</c> installs),
/// driven by Playwright through <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>, since Playwright's own browser
/// download cannot reach its servers here. When it cannot start, every browser test fails with the reason.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>Where a browser is looked for: the <c>CHROMIUM</c> variable first, then Debian's package's binary and wrapper.</summary>
    private static readonly string[] Candidates = [Environment.GetEnvironmentVariable("CHROMIUM") ?? "", "/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private IPlaywright? _playwright;

    public IBrowser? Instance { get; private set; }

    public string? Failure { get; private set; }

    public async Task InitializeAsync()
    {
        var executable = Candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(c));
        if (executable is null)
        {
            Failure = "no Chromium found (tried $CHROMIUM, /usr/lib/chromium/chromium, /usr/bin/chromium); install Debian's package: apt-get install -y chromium";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                // Containers run as root without user namespaces, where Chromium's sandbox cannot start.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException e)
        {
            Failure = $"Chromium at {executable} did not start under Playwright: {e.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>The browser, or a failed assertion that says why there is none.</summary>
    public IBrowser Require() => Instance ?? throw new Xunit.Sdk.XunitException("The browser tests need Chromium: " + Failure);
}
