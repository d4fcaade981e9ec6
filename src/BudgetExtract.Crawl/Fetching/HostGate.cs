namespace BudgetExtract.Crawl.Fetching;

/// <summary>
/// Politeness for one host: at most <c>concurrency</c> requests in flight, and request starts spaced by at least
/// the minimum interval (raised by robots.txt Crawl-delay).
/// </summary>
internal sealed class HostGate(int concurrency, TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    public TimeSpan Interval { get; private set; } = interval;

    public void RaiseInterval(TimeSpan interval)
    {
        lock (_lock) Interval = interval > Interval ? interval : Interval;
    }

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A start time is claimed only when the request really starts, so late timers (a busy machine)
            // cannot let several waiters start together.
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    if (now >= _nextStart)
                    {
                        _nextStart = now + Interval;
                        return new Slot(_slots);
                    }
                    wait = _nextStart - now;
                }
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
