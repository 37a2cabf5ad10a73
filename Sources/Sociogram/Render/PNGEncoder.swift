import CZlibShim

/// Encodes a ``RasterImage`` as a PNG file (ISO/IEC 15948; W3C PNG, second edition) with zlib.
///
/// Graphviz's `png:cairo` spends about four fifths of a class sociogram's render in zlib and libpng,
/// inside the Graphviz lock. Here the same pixels are encoded by the calling thread after the lock is
/// released, so parallel jobs compress in parallel, and with settings chosen for diagrams (measured in
/// `docs/batch-and-compare.md`): 8-bit truecolour without alpha when the picture is opaque (every
/// Sociogram diagram is drawn on white), filter type 0 (*None*) on every row — a diagram is mostly long
/// runs of one colour, which deflate's string matching finds directly, while the predictive filters
/// turn anti-aliased edges into noise — and zlib's fastest level. The files are about a third smaller
/// than `png:cairo`'s and encode about 4× faster.
///
/// Chunks: `IHDR`, one `IDAT`, `IEND`, each with its CRC-32; no ancillary chunks (no time stamp or
/// text: the bytes depend only on the pixels).
public enum PNGEncoder {
    /// zlib's compression level: 1 is the fastest; 6 (zlib's default) makes class diagrams about 7 %
    /// smaller at about twice the time.
    public static let defaultLevel: Int32 = 1

    /// The PNG file for `image`.
    ///
    /// - Throws: ``RenderError/renderFailed(format:detail:)`` when zlib fails (out of memory) or the
    ///   image is empty or larger than PNG allows.
    /// - Complexity: O(*width* × *height*).
    public static func encode(_ image: RasterImage, level: Int32 = defaultLevel) throws(RenderError) -> [UInt8] {
        let width = image.width, height = image.height
        guard width > 0, height > 0, width < 1 << 31, height < 1 << 31, image.pixels.count >= width * height * 4 else {
            throw .renderFailed(format: "png", detail: "The drawing has no pixels (\(width) × \(height)).")
        }
        let opaque = image.onWhite || Self.isOpaque(image.pixels)
        let channels = opaque ? 3 : 4
        let rowBytes = 1 + width * channels
        let idat = try image.pixels.withUnsafeBufferPointer { source throws(RenderError) in
            try deflateRows(height: height, rowBytes: rowBytes, level: level) { y, row in
                // Filter type 0 (None), then the row's pixels.
                row[0] = 0
                let start = y * width * 4
                if opaque {
                    Self.flattenOntoWhite(source, from: start, count: width, into: row)
                } else {
                    Self.unpremultiply(source, from: start, count: width, into: row)
                }
            }
        }
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file.reserveCapacity(idat.count + 64)
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // Bit depth 8; colour type 2 (RGB) or 6 (RGBA); deflate; adaptive filtering method 0; no interlace.
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        file.appendChunk("IHDR", header)
        file.appendChunk("IDAT", idat)
        file.appendChunk("IEND", [])
        return file
    }

    /// Whether every pixel is fully opaque.
    static func isOpaque(_ pixels: [UInt8]) -> Bool {
        pixels.withUnsafeBufferPointer { p in
            var i = 3
            while i < p.count {
                if p[i] != 255 { return false }
                i += 4
            }
            return true
        }
    }

    /// Premultiplied BGRA over white, as RGB: a colour premultiplied by alpha *a* plus white × (1 − *a*)
    /// is *c* + 255 − *a* per channel.
    private static func flattenOntoWhite(
        _ source: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, into row: UnsafeMutableBufferPointer<UInt8>
    ) {
        var s = start, d = 1
        for _ in 0..<count {
            let cover = 255 - Int(source[s + 3])
            row[d] = UInt8(min(255, Int(source[s + 2]) + cover))
            row[d + 1] = UInt8(min(255, Int(source[s + 1]) + cover))
            row[d + 2] = UInt8(min(255, Int(source[s]) + cover))
            s += 4
            d += 3
        }
    }

    /// Premultiplied BGRA as straight (non-premultiplied) RGBA, as PNG stores it.
    private static func unpremultiply(
        _ source: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, into row: UnsafeMutableBufferPointer<UInt8>
    ) {
        var s = start, d = 1
        for _ in 0..<count {
            let a = Int(source[s + 3])
            if a == 0 {
                row[d] = 0
                row[d + 1] = 0
                row[d + 2] = 0
            } else {
                row[d] = UInt8(min(255, (Int(source[s + 2]) * 255 + a / 2) / a))
                row[d + 1] = UInt8(min(255, (Int(source[s + 1]) * 255 + a / 2) / a))
                row[d + 2] = UInt8(min(255, (Int(source[s]) * 255 + a / 2) / a))
            }
            row[d + 3] = UInt8(a)
            s += 4
            d += 4
        }
    }

    /// The zlib stream (RFC 1950) of `height` rows of `rowBytes` bytes, each filled by `fill` into a
    /// strip buffer and compressed strip by strip (a few hundred kilobytes at a time, so the raw
    /// scanlines never exist all at once).
    ///
    /// - Complexity: O(*height* × *rowBytes*).
    private static func deflateRows(
        height: Int, rowBytes: Int, level: Int32, fill: (Int, UnsafeMutableBufferPointer<UInt8>) -> Void
    ) throws(RenderError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw .renderFailed(format: "png", detail: "zlib could not start compressing.") }
        defer { deflateEnd(&stream) }
        let total = height * rowBytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(total))) + 64)
        let rowsPerStrip = max(1, (256 << 10) / rowBytes)
        var strip = [UInt8](repeating: 0, count: rowsPerStrip * rowBytes)
        var status = Z_OK
        var y = 0
        output.withUnsafeMutableBufferPointer { out in
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            strip.withUnsafeMutableBufferPointer { buffer in
                while y < height, status == Z_OK {
                    let rows = min(rowsPerStrip, height - y)
                    for r in 0..<rows {
                        let row = UnsafeMutableBufferPointer(rebasing: buffer[(r * rowBytes)..<((r + 1) * rowBytes)])
                        fill(y + r, row)
                    }
                    y += rows
                    stream.next_in = buffer.baseAddress
                    stream.avail_in = uInt(rows * rowBytes)
                    status = deflate(&stream, y == height ? Z_FINISH : Z_NO_FLUSH)
                    if status == Z_OK, stream.avail_in != 0 { status = Z_BUF_ERROR }
                }
            }
        }
        guard status == Z_STREAM_END else {
            throw .renderFailed(format: "png", detail: "zlib could not compress the drawing (status \(status)).")
        }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}

extension [UInt8] {
    /// Appends `value` as 4 bytes, most significant first (PNG's byte order).
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(UInt8(truncatingIfNeeded: value >> 24))
        append(UInt8(truncatingIfNeeded: value >> 16))
        append(UInt8(truncatingIfNeeded: value >> 8))
        append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends a PNG chunk: length, type, data, CRC-32 of type and data.
    fileprivate mutating func appendChunk(_ type: StaticString, _ data: [UInt8]) {
        appendBigEndian(UInt32(data.count))
        let typeBytes = Array(UnsafeBufferPointer(start: type.utf8Start, count: type.utf8CodeUnitCount))
        append(contentsOf: typeBytes)
        append(contentsOf: data)
        // (zlib's crc32 returns its initial value for a null buffer, so an empty chunk adds nothing.)
        var crc = typeBytes.withUnsafeBufferPointer { CZlibShim.crc32(0, $0.baseAddress, uInt($0.count)) }
        if !data.isEmpty { crc = data.withUnsafeBufferPointer { CZlibShim.crc32(crc, $0.baseAddress, uInt($0.count)) } }
        appendBigEndian(UInt32(truncatingIfNeeded: crc))
    }
}
