// swift-tools-version: 6.1
import PackageDescription

// Layers, imports pointing down only:
//   PowerDesk (executable) → Storage → Workflow → Localization
// CNcurses is the system-library seam to ncursesw used only by the desk.
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
    ],
    targets: [
        .target(name: "Localization"),
        .target(
            name: "Workflow",
            dependencies: ["Localization", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "PowerDesk",
            dependencies: [
                "Workflow", "Localization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "PowerDeskBench",
            dependencies: ["Workflow"]
        ),
        .testTarget(
            name: "WorkflowTests",
            dependencies: [
                "Workflow", "Localization",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "PowerDeskTests",
            dependencies: ["PowerDesk", "Workflow", "Localization"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
