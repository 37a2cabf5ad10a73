import Hummingbird
import Sociogram

/// The request context of the web app: Hummingbird's core storage and the upload limit of the
/// configuration (a survey and a class list of the importer's maximum size).
public struct ServeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { 2 * SurveyImporter.maxFileBytes + 1 << 20 }
}
