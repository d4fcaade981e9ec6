using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BudgetExtract.Crawl.Serving;

/// <summary>
/// A minimal static file server on 127.0.0.1 (random port) for pipelines that carry their own site (<c>serve:</c>),
/// so the demo pipeline exercises the real crawler with no network. GET only, one request per connection,
/// ETag/Last-Modified with 304 answers, directory requests served from <c>index.html</c>.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseAddress { get; }

    public static StaticSiteServer Start(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{root}: directory to serve not found");
        return new StaticSiteServer(root);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream, timeout.Token).ConfigureAwait(false);
            if (head is null) return;
            var lines = head.Split("\r\n");
            var parts = lines[0].Split(' ');
            var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
            if (parts.Length < 2 || parts[0] != "GET")
            {
                await WriteAsync(stream, 405, "Method Not Allowed", [], [], timeout.Token).ConfigureAwait(false);
                return;
            }
            var file = Resolve(parts[1]);
            if (file is null)
            {
                await WriteAsync(stream, 404, "Not Found", [], "not found\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
                return;
            }
            var info = new FileInfo(file);
            var etag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
            var common = new List<(string, string)>
            {
                ("ETag", etag),
                ("Last-Modified", info.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture)),
            };
            if (headers.TryGetValue("if-none-match", out var match) && match == etag)
            {
                await WriteAsync(stream, 304, "Not Modified", common, [], timeout.Token).ConfigureAwait(false);
                return;
            }
            common.Add(("Content-Type", ContentType(file)));
            await WriteAsync(stream, 200, "OK", common, await File.ReadAllBytesAsync(file, timeout.Token).ConfigureAwait(false), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // The client went away or the server is stopping: nothing to answer.
        }
    }

    private string? Resolve(string target)
    {
        var path = Uri.UnescapeDataString(target.Split('?', '#')[0]).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static async Task<string?> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16384];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0) return null;
            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0) return Encoding.ASCII.GetString(buffer, 0, end);
        }
        return null;
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string reason, List<(string Name, string Value)> headers, byte[] body, CancellationToken cancellationToken)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        foreach (var (name, value) in headers) head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
