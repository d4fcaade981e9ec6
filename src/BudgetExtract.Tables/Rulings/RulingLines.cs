using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Tables.Rulings;

/// <summary>Merges a page's ruling segments into maximal horizontal and vertical lines.</summary>
internal static class RulingLines
{
    public static (List<Ruling> Horizontal, List<Ruling> Vertical) Merge(IEnumerable<Ruling> rulings, TableOptions options)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var r in rulings)
        {
            if (r.Length < 1) continue;
            if (r.IsHorizontal) horizontal.Add(r);
            else if (r.IsVertical) vertical.Add(r);
        }
        return (MergeAxis(horizontal, isHorizontal: true, options), MergeAxis(vertical, isHorizontal: false, options));
    }

    private static List<Ruling> MergeAxis(List<Ruling> lines, bool isHorizontal, TableOptions options)
    {
        static double Pos(Ruling r, bool h) => h ? r.Y0 : r.X0;
        static double Start(Ruling r, bool h) => h ? r.X0 : r.Y0;
        static double End(Ruling r, bool h) => h ? r.X1 : r.Y1;

        lines.Sort((a, b) => Pos(a, isHorizontal).CompareTo(Pos(b, isHorizontal)));
        var merged = new List<Ruling>();
        var i = 0;
        while (i < lines.Count)
        {
            // One cluster of lines at about the same position.
            var j = i + 1;
            while (j < lines.Count && Pos(lines[j], isHorizontal) - Pos(lines[j - 1], isHorizontal) <= options.RulingMergeTolerance) j++;
            var cluster = lines.GetRange(i, j - i);
            cluster.Sort((a, b) => Start(a, isHorizontal).CompareTo(Start(b, isHorizontal)));
            var k = 0;
            while (k < cluster.Count)
            {
                var start = Start(cluster[k], isHorizontal);
                var end = End(cluster[k], isHorizontal);
                var posSum = Pos(cluster[k], isHorizontal) * cluster[k].Length;
                var weight = cluster[k].Length;
                var thickness = cluster[k].Thickness;
                var m = k + 1;
                while (m < cluster.Count && Start(cluster[m], isHorizontal) <= end + options.RulingGapTolerance)
                {
                    end = Math.Max(end, End(cluster[m], isHorizontal));
                    posSum += Pos(cluster[m], isHorizontal) * cluster[m].Length;
                    weight += cluster[m].Length;
                    thickness = Math.Max(thickness, cluster[m].Thickness);
                    m++;
                }
                var pos = weight > 0 ? posSum / weight : Pos(cluster[k], isHorizontal);
                merged.Add(isHorizontal ? new Ruling(start, pos, end, pos, thickness) : new Ruling(pos, start, pos, end, thickness));
                k = m;
            }
            i = j;
        }
        return merged;
    }
}
