// swift-tools-version: 6.0
// gongkai — a query shell for China's government information disclosure annual reports.
// Data flow: text → ReportIngest → ReportModel records → ReportQuery (syntax → binding → evaluation)
// → ResultSet → ReportOutput → ReportShell session → gongkai executable.
import PackageDescription

let package = Package(
    name: "gongkai",
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .library(name: "ReportModel", targets: ["ReportModel"]),
        .library(name: "ReportIngest", targets: ["ReportIngest"]),
        .library(name: "ReportQuery", targets: ["ReportQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The only C in the package: libedit, with non-variadic wrappers in shim.h.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            providers: [.apt(["libedit-dev"])]
        ),
        // Crash-safe whole-file writes and path arithmetic (views, exports, history, the parse cache).
        .target(name: "FileAccess"),
        .target(name: "LineEditing", dependencies: ["CEditLine", "FileAccess"]),
        // libxml2's forgiving HTML parser, for reports saved as web pages.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for inflating the parts of a .docx with gongkai's own zip reader (Readers/Zip/).
        .systemLibrary(name: "CGongkaiZlib", path: "Sources/CGongkaiZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ReportModel"),
        .target(
            name: "ReportIngest",
            dependencies: ["ReportModel", "FileAccess", "CLibXML2", "CGongkaiZlib"],
            resources: [.copy("Resources/gazetteer.tsv"), .copy("Resources/adcodes.LICENSE"),
                        .copy("Resources/areacodes.tsv"), .copy("Resources/areacodes.LICENSE"),
                        .copy("Resources/opencc.LICENSE")]
        ),
        .target(name: "ReportSynth", dependencies: ["ReportModel"]),
        .target(name: "ReportQuery", dependencies: ["ReportModel"]),
        // Renderers, and the binary export formats (SQLite through the system library, Parquet written here).
        .target(name: "ReportOutput", dependencies: ["ReportModel", "ReportQuery", "FileAccess", "CSQLite"]),
        .target(
            name: "ReportShell",
            dependencies: ["ReportModel", "ReportIngest", "ReportQuery", "ReportOutput", "LineEditing", "FileAccess"]
        ),
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "ReportShell", "ReportIngest", "ReportSynth", "ReportOutput", "LineEditing", "FileAccess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The system SQLite: the benchmark's side-by-side timings, the .sqlite export and the query tests' oracle.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(
            name: "gongkai-bench",
            dependencies: ["ReportIngest", "ReportQuery", "ReportSynth", "ReportOutput", "ReportShell", "CSQLite"]
        ),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
        // ZIPFoundation only writes the tests' .docx fixtures; gongkai reads zips with Readers/Zip/.
        .testTarget(
            name: "ReportIngestTests",
            dependencies: ["ReportIngest", "ReportSynth", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        // CSQLite: the oracle of the relational tests (the same query over the same rows in SQLite).
        .testTarget(name: "ReportQueryTests", dependencies: ["ReportQuery", "ReportIngest", "ReportSynth", "CSQLite"]),
        .testTarget(name: "ReportOutputTests", dependencies: ["ReportOutput"]),
        .testTarget(name: "ReportShellTests", dependencies: ["ReportShell", "ReportIngest", "ReportSynth"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "FileAccessTests", dependencies: ["FileAccess"]),
        .testTarget(name: "GongkaiCLITests", dependencies: ["ReportIngest"]),
    ]
)
