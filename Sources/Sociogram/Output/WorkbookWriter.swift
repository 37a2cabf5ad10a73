import CXlsxWriter
import Foundation

/// One sheet of a workbook to write: text cells, row by row.
struct WorkbookSheet: Sendable {
    /// The name on the tab (at most 31 characters, none of `[]:*?/\`).
    var name: String
    /// The cells, row by row; every cell is written as text (never as a formula).
    var rows: [[String]]
    /// A hidden sheet is in the file but not shown on a tab (the class list a drop-down reads).
    var hidden = false
    /// The first row in bold and frozen, so that it stays in view while scrolling.
    var headerRow = false
    /// Column widths in characters, from the first column; columns not given keep Excel's width.
    var columnWidths: [Double] = []
    /// Drop-downs: cells whose value must be one of a list on another sheet.
    var lists: [WorkbookList] = []
}

/// A drop-down (data validation of type list) over a block of cells, offering the values of one column
/// of another sheet; the message is shown when something else is typed.
struct WorkbookList: Sendable {
    /// The block, 0-based and inclusive.
    var firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int
    /// The sheet and the 0-based column and rows the values are in.
    var sourceSheet: String, sourceColumn: Int, sourceFirstRow: Int, sourceLastRow: Int
    /// The title and text of the message shown for a value not in the list.
    var errorTitle: String, errorMessage: String
}

/// Writes `.xlsx` workbooks with libxlsxwriter (Debian's `libxlsxwriter-dev`), the C library made for
/// it: the format is a zip of a dozen XML parts with relationships, styles and shared strings that
/// Excel checks strictly, which is not something to assemble by hand.
///
/// libxlsxwriter 1.1.4 (Debian 12) writes only to a file, so the workbook is written into a private
/// temporary folder (mode 0700, libxlsxwriter's own temporary files in it too), read back and removed
/// before this returns: nothing stays on disk.
enum WorkbookWriter {
    /// The workbook's bytes. `created` (seconds since 1970, UTC) is the creation time the file records:
    /// the same sheets and time give the same bytes (libxlsxwriter would otherwise record the clock).
    ///
    /// - Throws: ``OutputError`` when the temporary folder cannot be made or libxlsxwriter fails
    ///   (`name` is the file name the error names).
    /// - Complexity: O(cells).
    static func bytes(_ sheets: [WorkbookSheet], name: String, created: Int) throws(OutputError) -> [UInt8] {
        var template = Array((NSTemporaryDirectory() + "/sociogram-workbook-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw OutputError.classified(.cannotCreateFile(detail: String(cString: strerror(errno))), errno: errno, path: name)
        }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/workbook.xlsx"
        try write(sheets, to: path, temporaries: folder, name: name, created: created)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError.classified(.cannotWrite(detail: String(cString: strerror(errno))), errno: errno, path: name)
        }
        return [UInt8](data)
    }

    /// Every C string handed to libxlsxwriter, kept until the workbook is closed (it keeps some
    /// pointers, such as the validation messages, until then).
    private final class CStrings {
        private var kept: [UnsafeMutablePointer<CChar>] = []
        func callAsFunction(_ s: String) -> UnsafeMutablePointer<CChar>? {
            guard let p = strdup(s) else { return nil }
            kept.append(p)
            return p
        }
        deinit { for p in kept { free(p) } }
    }

    private static func write(
        _ sheets: [WorkbookSheet], to path: String, temporaries: String, name: String, created: Int
    ) throws(OutputError) {
        let c = CStrings()
        var options = lxw_workbook_options()
        options.tmpdir = c(temporaries)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw OutputError.classified(.cannotCreateFile(detail: String(cString: strerror(errno))), errno: errno, path: name)
        }
        var properties = lxw_doc_properties()
        properties.created = time_t(created)
        workbook_set_properties(workbook, &properties)
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, c(sheet.name)) else { continue }
            if sheet.hidden { worksheet_hide(worksheet) }
            for (column, width) in sheet.columnWidths.enumerated() {
                worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil)
            }
            for (r, row) in sheet.rows.enumerated() {
                for (k, cell) in row.enumerated() where !cell.isEmpty {
                    worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(k), c(cell), sheet.headerRow && r == 0 ? bold : nil)
                }
            }
            if sheet.headerRow { worksheet_freeze_panes(worksheet, 1, 1) }
            for list in sheet.lists {
                var validation = lxw_data_validation()
                validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                validation.value_formula = c(formula(list))
                validation.error_title = c(list.errorTitle)
                validation.error_message = c(list.errorMessage)
                worksheet_data_validation_range(
                    worksheet, lxw_row_t(list.firstRow), lxw_col_t(list.firstColumn),
                    lxw_row_t(list.lastRow), lxw_col_t(list.lastColumn), &validation)
            }
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            let detail = String(cString: lxw_strerror(status))
            throw OutputError.classified(.cannotWrite(detail: detail), errno: errno, path: name)
        }
    }

    /// `='Class list'!$A$1:$A$26`: the list's source as an absolute range.
    static func formula(_ list: WorkbookList) -> String {
        let sheet = "'" + list.sourceSheet.replacingOccurrences(of: "'", with: "''") + "'"
        let column = Strings.columnLetters(list.sourceColumn + 1)
        return "=\(sheet)!$\(column)$\(list.sourceFirstRow + 1):$\(column)$\(list.sourceLastRow + 1)"
    }
}
