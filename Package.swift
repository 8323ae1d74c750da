// swift-tools-version: 6.1
import PackageDescription

// Layers, imports pointing down only:
//   PowerDesk (executable) → Feed → Storage → Documents → Workflow → Localization
//                                       Documents → Typesetting (PDF; CZlib for Flate, CFontconfig to
//                                       find fonts, CHarfBuzz to subset CFF fonts)
// CNcurses is the system-library seam to ncursesw used only by the desk; CLibpq the one to
// PostgreSQL's libpq used only by the feed; CGMime the one to GMime, used only by the mailbox import;
// CXLSXWriter the one to libxlsxwriter, for the board's and the evaluation's XLSX exports.
let package = Package(
    name: "PowerDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "powerdesk", targets: ["PowerDesk"]),
        .executable(name: "powerdesk-bench", targets: ["PowerDeskBench"]),
        .library(name: "Workflow", targets: ["Workflow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .target(name: "Localization"),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CLibpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CGMime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
                .target(name: "Typesetting", dependencies: ["Localization", "CZlib", "CFontconfig", "CHarfBuzz", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Documents",
            dependencies: [
                "Workflow", "Localization", "Typesetting",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "Workflow",
            dependencies: ["Localization", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Storage",
            dependencies: [
                "Workflow", "Localization", "Documents",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Feed",
            dependencies: [
                "Storage", "Localization", "CLibpq",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "PowerDesk",
            dependencies: [
                "Feed", "Storage", "Workflow", "Localization", "Documents", "Typesetting", "CNcurses", "CGMime", "CXLSXWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "PowerDeskBench",
            dependencies: [
                "Workflow", "Storage", "Feed",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "WorkflowTests",
            dependencies: [
                "Workflow", "Localization", "Typesetting",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "Localization"]),
        .testTarget(
            name: "DocumentsTests",
            dependencies: ["Documents", "Workflow", "Localization"]
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "Workflow", "Localization", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "FeedTests",
            dependencies: ["Feed", "Storage", "Workflow", "Localization", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "PowerDeskTests",
            dependencies: ["PowerDesk", "Workflow", "Localization"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
