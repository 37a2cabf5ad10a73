import Foundation
import Hummingbird
import Sociogram

/// Before the survey, as `sociogram kit` does: `POST /api/kit` with the class list (`roster`) and the
/// kit's options (`class`, `questions` (repeated: `prosocial`, `influence`; the positive question is
/// always there), `choices`, `school`, `contact`, `date`, `codes`, `sheet`) answers with the kit
/// folder as one zip archive to download. Nothing is kept: the class list is read in memory and the
/// archive is made in memory.
extension SociogramWebApp {
    func addKitRoutes(to router: Router<ServeContext>) {
        router.post("/api/kit") { request, _ -> Response in
            let s = Self.strings(request, self.configuration)
            let form = try await self.form(request, s)
            guard let roster = form.files["roster"] else { throw APIError(.badRequest, code: "noRoster", s.serveKitNoRoster) }
            let (name, bytes) = try await self.offThread { () throws -> (String, [UInt8]) in
                do {
                    let options = try Self.kitOptions(form, language: s.language)
                    let klass = try KitClass.read(
                        bytes: roster.bytes, file: roster.name, sheet: form.field("sheet"), className: form.field("class"),
                        language: s.language)
                    let folder = SurveyKit.folderName(klass, language: s.language)
                    return (folder + ".zip", try SurveyKit.archive(try SurveyKit.make(klass, options), folder: folder))
                } catch let error as ImportError {
                    throw APIError(error)
                } catch let error as KitError {
                    if case .output = error { throw APIError.internalError(s) }
                    throw APIError(.badRequest, code: "kit", error.message(s.language))
                }
            }
            return Responses.bytes(bytes, type: "application/zip", download: name)
        }
    }

    /// The kit's options from the form, checked as `sociogram kit` checks its options.
    static func kitOptions(_ form: UploadForm, language: Language) throws(KitError) -> KitOptions {
        var choices = 3
        if let text = form.field("choices") {
            guard let n = Int(text) else { throw .choices(text) }
            choices = n
        }
        return try KitOptions(
            language: language, questionList: (form.fields["questions"] ?? []).joined(separator: ","), choices: choices,
            school: form.field("school"), contact: form.field("contact"), dateText: form.field("date"),
            codesOnPaper: form.flag("codes"))
    }
}
