namespace BudgetExtract.Evaluation.Scoring;

/// <summary>Counts of equal items; the intersection size is how many items two bags share.</summary>
internal sealed class Multiset<T> where T : notnull
{
    private readonly Dictionary<T, int> _counts = [];

    public Multiset(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            _counts[item] = _counts.GetValueOrDefault(item) + 1;
            Count++;
        }
    }

    public int Count { get; }

    public int IntersectionSize(Multiset<T> other)
    {
        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var (item, count) in small._counts) shared += Math.Min(count, large._counts.GetValueOrDefault(item));
        return shared;
    }
}
