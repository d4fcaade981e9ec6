namespace BudgetExtract.Pdf.MuPdf;

/// <summary>A 2-D affine transform [a b c d e f] as PDF writes it: x' = a x + c y + e, y' = b x + d y + f.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    public static Affine From(ReadOnlySpan<double> m) =>
        m.Length >= 6 ? new Affine(m[0], m[1], m[2], m[3], m[4], m[5]) : Identity;

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>Applies only the linear part (for direction vectors).</summary>
    public (double X, double Y) ApplyVector(double x, double y) => (A * x + C * y, B * x + D * y);

    /// <summary>The mean scale factor, for converting line widths.</summary>
    public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));
}
