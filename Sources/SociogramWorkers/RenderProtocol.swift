import Foundation
import Sociogram

/// A job for a render worker (one JSON line, see `docs/workers.md`).
struct RenderJob: Codable, Sendable {
    /// Chosen by the pool; the answer carries it back.
    var id: UInt64
    var dot: String
    var format: DiagramFormat
    var engine: LayoutEngine
    var dpi: Int?
}

/// A render worker's answer to one ``RenderJob``: the output, or why Graphviz refused.
struct RenderAnswer: Codable, Sendable {
    var id: UInt64
    /// The file's bytes (base64 in the JSON) when drawn.
    var bytes: Data?
    var warnings: [String]
    var error: WireRenderError?
}

/// ``RenderError`` as it travels over the pipe.
enum WireRenderError: Codable, Sendable, Hashable {
    case syntax(detail: String)
    case layoutFailed(engine: String, detail: String)
    case renderFailed(format: String, detail: String)
    case unsupportedFormat(String)
    case invalidInput(RenderError.InvalidInput)
    case workerFailed(RenderError.WorkerFailure)

    init(_ error: RenderError) {
        switch error {
        case .syntax(let detail): self = .syntax(detail: detail)
        case .layoutFailed(let engine, let detail): self = .layoutFailed(engine: engine, detail: detail)
        case .renderFailed(let format, let detail): self = .renderFailed(format: format, detail: detail)
        case .unsupportedFormat(let format): self = .unsupportedFormat(format)
        case .invalidInput(let input): self = .invalidInput(input)
        case .workerFailed(let failure): self = .workerFailed(failure)
        }
    }

    var renderError: RenderError {
        switch self {
        case .syntax(let detail): .syntax(detail: detail)
        case .layoutFailed(let engine, let detail): .layoutFailed(engine: engine, detail: detail)
        case .renderFailed(let format, let detail): .renderFailed(format: format, detail: detail)
        case .unsupportedFormat(let format): .unsupportedFormat(format)
        case .invalidInput(let input): .invalidInput(input)
        case .workerFailed(let failure): .workerFailed(failure)
        }
    }
}
