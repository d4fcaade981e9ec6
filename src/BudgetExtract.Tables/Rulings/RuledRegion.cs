using BudgetExtract.Geometry;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Tables.Rulings;

/// <summary>A set of touching rulings: the frame of one ruled table (or of a box, a rule under a title…).</summary>
internal sealed record RuledRegion(Box Box, IReadOnlyList<Ruling> Horizontal, IReadOnlyList<Ruling> Vertical);

/// <summary>Groups merged rulings into connected regions (rulings that touch or cross).</summary>
internal static class RuledRegions
{
    public static List<RuledRegion> Find(List<Ruling> horizontal, List<Ruling> vertical, TableOptions options)
    {
        var all = horizontal.Concat(vertical).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        var t = options.IntersectionTolerance;
        for (var h = 0; h < horizontal.Count; h++)
        for (var v = 0; v < vertical.Count; v++)
        {
            var hr = horizontal[h];
            var vr = vertical[v];
            if (vr.X0 >= hr.X0 - t && vr.X0 <= hr.X1 + t && hr.Y0 >= vr.Y0 - t && hr.Y0 <= vr.Y1 + t)
                Union(h, horizontal.Count + v);
        }

        return all.Select((r, i) => (r, root: Find(i)))
            .GroupBy(x => x.root)
            .Select(g =>
            {
                var rs = g.Select(x => x.r).ToList();
                var box = Box.Bounding(rs.Select(r => new Box(r.X0, r.Y0, r.X1, r.Y1)));
                return new RuledRegion(box, rs.Where(r => r.IsHorizontal).ToList(), rs.Where(r => r.IsVertical).ToList());
            })
            .ToList();
    }
}
