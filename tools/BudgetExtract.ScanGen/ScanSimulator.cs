using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.ScanGen;

/// <summary>How a simulated scan degrades a clean rendering.</summary>
/// <param name="SkewDegrees">Rotation applied (content slope tan θ, y down).</param>
/// <param name="NoiseSigma">Gaussian noise added to every pixel (gray levels).</param>
/// <param name="SpeckRate">Share of pixels flipped to dark or light specks.</param>
/// <param name="Background">Paper gray level (255 = white).</param>
public sealed record ScanProfile(double SkewDegrees, double NoiseSigma, double SpeckRate, byte Background, int Seed);

/// <summary>Turns a clean page image into something that looks scanned: paper tone, skew, noise, specks.</summary>
public static class ScanSimulator
{
    public static GrayImage Apply(GrayImage clean, ScanProfile profile)
    {
        var random = new Random(profile.Seed);
        var toned = new GrayImage(clean.Width, clean.Height);
        var paper = profile.Background / 255.0;
        for (var i = 0; i < clean.Pixels.Length; i++) toned.Pixels[i] = (byte)(clean.Pixels[i] * paper);
        var skewed = Math.Abs(profile.SkewDegrees) < 1e-6 ? toned : Skew.Deskew(toned, -profile.SkewDegrees);
        var output = skewed.Pixels;
        for (var i = 0; i < output.Length; i++)
        {
            var value = output[i] == 255 ? profile.Background : output[i]; // corners exposed by the rotation
            value = (byte)Math.Clamp((int)Math.Round(value + Gaussian(random) * profile.NoiseSigma), 0, 255);
            if (random.NextDouble() < profile.SpeckRate) value = random.Next(2) == 0 ? (byte)random.Next(0, 90) : profile.Background;
            output[i] = value;
        }
        return skewed;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
