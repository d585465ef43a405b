namespace HiringKit.Documents;

/// <summary>
/// Reads at most a set number of bytes from an unpacking stream and refuses the part beyond it. A zip
/// entry's directory record states its unpacked size, but nothing makes the packed data agree.
/// </summary>
sealed class BoundedStream(Stream inner, long maxBytes, string name) : Stream
{
    long read;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        read += n;
        if (read > maxBytes)
            throw new UnreadableDocumentException(UnreadableReason.OverLimits,
                $"the .docx part {name} unpacks to more than {maxBytes} bytes; send the resume as Word saved it, a PDF or the text");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
