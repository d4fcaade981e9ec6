namespace BudgetExtract.CorpusGen.Render;

/// <summary>How table borders are drawn.</summary>
internal enum Variant
{
    /// <summary>Every cell border a stroked 0.5 pt line.</summary>
    RuledLines,

    /// <summary>Every cell border a 0.5 pt filled rectangle; landscape pages stored portrait with /Rotate 90.</summary>
    RuledRects,

    /// <summary>No borders: a rule above the table, one under the header, one below the last row on each page.</summary>
    Unruled,
}

internal static class VariantNames
{
    public static string Name(this Variant v) => v switch
    {
        Variant.RuledLines => "ruled-lines",
        Variant.RuledRects => "ruled-rects",
        _ => "unruled",
    };
}
