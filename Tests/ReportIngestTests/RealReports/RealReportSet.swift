import Foundation
import ReportModel
@testable import ReportIngest

/// The labelled set of real reports (Fixtures/real/, sources in its SOURCES.md): each report file
/// `NN_<slug>.<ext>` beside `NN_<slug>.labels.json`, a flat object field → value typed by hand from the
/// report (null where the report does not state the cell).
enum RealReportSet {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("real")

    /// One labelled report: its fixture name (the file name without extension) and its labels.
    struct Fixture {
        var name: String
        var report: URL
        var labels: [String: Label]
    }

    /// A hand-typed value: a number (integer or decimal), a text, or null (the report does not state it).
    enum Label: Equatable, CustomStringConvertible {
        case null
        case number(Double)
        case text(String)

        var description: String {
            switch self {
            case .null: return "null"
            case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
            case .text(let t): return t
            }
        }
    }

    /// Every fixture, sorted by name. Throws when a labels file has no report beside it or is not a flat
    /// object of numbers, texts and nulls.
    static func fixtures() throws -> [Fixture] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.filter { $0.hasSuffix(".labels.json") }.map { labelsName in
            let name = String(labelsName.dropLast(".labels.json".count))
            guard let reportName = names.first(where: { $0.hasPrefix(name + ".") && $0 != labelsName }) else {
                throw FixtureError("\(labelsName): no report file \(name).<ext> beside it")
            }
            let data = try Data(contentsOf: directory.appendingPathComponent(labelsName))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw FixtureError("\(labelsName): not a JSON object")
            }
            var labels: [String: Label] = [:]
            for (field, value) in object {
                switch value {
                case is NSNull: labels[field] = .null
                case let text as String: labels[field] = .text(text)
                case let number as NSNumber: labels[field] = .number(number.doubleValue)
                default: throw FixtureError("\(labelsName): \(field) is neither a number, a text nor null")
                }
            }
            return Fixture(name: name, report: directory.appendingPathComponent(reportName), labels: labels)
        }
    }

    /// The record of a fixture's report, read through the loader's reader for its extension and the real parser.
    static func record(_ fixture: Fixture) throws -> ReportRecord {
        let fileName = fixture.report.lastPathComponent
        guard let reader = DocumentReaderRegistry.standard.reader(forPath: fileName) else {
            throw FixtureError("\(fileName): no reader for this extension")
        }
        let text = try reader.read(try Data(contentsOf: fixture.report), fileName: fileName).get()
        return ReportParser.parse(text: text, file: fileName, id: fixture.name)
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
