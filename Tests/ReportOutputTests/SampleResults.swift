import ReportModel

/// Small results shared by the renderer tests: Chinese and ASCII text, the empty string next to null,
/// integers, a rate, bools.
enum SampleResults {
    static let columns = [
        ResultColumn(name: "agency", type: .text),
        ResultColumn(name: "year", type: .integer),
        ResultColumn(name: "requests.new", type: .integer),
        ResultColumn(name: "rate.granted", type: .decimal),
        ResultColumn(name: "online", type: .bool),
    ]

    /// Three agencies: 北京市人民政府 (every value), Shanghai (a null count), and an agency whose name is
    /// the empty string (null rate and flag).
    static let agencies = ResultSet(columns: columns, rows: [
        [.text("北京市人民政府"), .integer(2023), .integer(1234), .decimal(2.0 / 3.0), .bool(true)],
        [.text("Shanghai"), .integer(2022), .null, .decimal(0.5), .bool(false)],
        [.text(""), .integer(2021), .integer(0), .null, .null],
    ])

    static let empty = ResultSet(columns: columns, rows: [])

    /// Text that data formats must quote or escape.
    static let awkward = ResultSet(
        columns: [ResultColumn(name: "id", type: .integer), ResultColumn(name: "note", type: .text)],
        rows: [
            [.integer(1), .text("a,b")],
            [.integer(2), .text("say \"hi\"")],
            [.integer(3), .text("line1\nline2")],
            [.integer(4), .text(" padded ")],
            [.integer(5), .text("tab\there")],
            [.integer(6), .text("")],
            [.integer(7), .null],
            [.integer(8), .text("a|b\\c")],
        ]
    )

    /// `count` rows of (agency, requests.new).
    static func numbered(_ count: Int) -> ResultSet {
        ResultSet(
            columns: [ResultColumn(name: "agency", type: .text), ResultColumn(name: "n", type: .integer)],
            rows: (1...count).map { [.text("机关\($0)"), .integer($0)] }
        )
    }
}
