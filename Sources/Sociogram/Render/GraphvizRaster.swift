import CGraphviz

/// A drawing as cairo left it: premultiplied 32-bit pixels, to be encoded (``PNGEncoder``) outside the
/// Graphviz lock. Made by ``GraphvizRenderer/raster(dot:engine:dpi:)``.
public struct RasterImage: Sendable, Hashable {
    /// Pixels across and down.
    public let width: Int
    public let height: Int
    /// `width × height` pixels, row by row from the top, 4 bytes each in cairo's `ARGB32` layout on a
    /// little-endian machine: blue, green, red, alpha, with the colours premultiplied by alpha.
    public let pixels: [UInt8]
    /// Whether the drawing's background is opaque white (`bgcolor=white`, as every Sociogram diagram
    /// sets): pixels cairo left partly transparent (the last column when the width is rounded up) are
    /// then shown on white, as any viewer shows the page, and the PNG needs no alpha channel.
    public let onWhite: Bool

    /// An image; `pixels` must hold `width × height × 4` bytes as described above.
    public init(width: Int, height: Int, pixels: [UInt8], onWhite: Bool) {
        self.width = width
        self.height = height
        self.pixels = pixels
        self.onWhite = onWhite
    }
}

/// An in-process Graphviz device plug-in, `sociogram-bgra:cairo`, registered once per context with
/// `gvAddLibrary`: Graphviz's own cairo renderer draws the diagram into an image surface exactly as for
/// `png:cairo`, and the device's `format` step copies the surface's pixels out instead of compressing
/// them. Compression (about 80 % of a PNG render with `png:cairo`: zlib and libpng) then happens in
/// Swift outside the lock, so parallel jobs compress in parallel.
///
/// The plug-in tables must outlive the context, so they are allocated once and never freed.
extension Graphviz {
    /// The device's name, as passed to `gvRender`.
    static let rasterDevice = "sociogram-bgra"

    /// The pixels the device copied during the current call; only touched while the lock is held.
    nonisolated(unsafe) static var capturedRaster: (width: Int, height: Int, pixels: [UInt8])?

    /// The plug-in library, built once (lock held on first use).
    nonisolated(unsafe) private static var rasterLibrary: UnsafeMutablePointer<gvplugin_library_t>?

    /// Registers the device with `gvc` (once per process; the context lives for the process).
    /// Lock must be held.
    static func registerRasterDevice(_ gvc: OpaquePointer) {
        if rasterLibrary != nil { return }
        let engine = UnsafeMutablePointer<gvdevice_engine_t>.allocate(capacity: 1)
        engine.initialize(to: gvdevice_engine_t(initialize: nil, format: { job in Graphviz.captureRaster(job) }, finalize: nil))
        let features = UnsafeMutablePointer<gvdevice_features_t>.allocate(capacity: 1)
        features.initialize(
            to: gvdevice_features_t(
                flags: Int32(GVDEVICE_BINARY_FORMAT | GVDEVICE_DOES_TRUECOLOR), default_margin: pointf(x: 0, y: 0),
                default_pagesize: pointf(x: 0, y: 0), default_dpi: pointf(x: 96, y: 96)))
        let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
        types[0] = gvplugin_installed_t(
            id: 0, type: permanentCString(rasterDevice + ":cairo"), quality: 0, engine: UnsafeMutableRawPointer(engine),
            features: UnsafeMutableRawPointer(features))
        types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)
        let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
        apis[0] = gvplugin_api_t(api: API_device, types: types)
        apis[1] = gvplugin_api_t(api: api_t(rawValue: 0), types: nil)
        let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
        library.initialize(to: gvplugin_library_t(packagename: permanentCString("sociogram"), apis: apis))
        gvAddLibrary(gvc, library)
        rasterLibrary = library
    }

    /// The device's `format` step: copies cairo's image surface (`job->imagedata`, 4 bytes per pixel,
    /// no row padding for `ARGB32`). Called by Graphviz inside `gvRender`, so the lock is held.
    private static func captureRaster(_ job: UnsafeMutablePointer<GVJ_t>?) {
        guard let job, let data = job.pointee.imagedata else { return }
        let width = Int(job.pointee.width), height = Int(job.pointee.height)
        guard width > 0, height > 0 else { return }
        let count = width * height * 4
        let pixels = data.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
        capturedRaster = (width, height, pixels)
    }

    /// A C string that lives for the rest of the process (Graphviz keeps the pointers).
    private static func permanentCString(_ text: String) -> UnsafeMutablePointer<CChar> {
        let utf8 = Array(text.utf8CString)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
        buffer.initialize(from: utf8, count: utf8.count)
        return buffer
    }
}
