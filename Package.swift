// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "LMHub",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lmhub", targets: ["lmhub"]),
        .library(name: "LMHubCore", targets: ["LMHubCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: [
        .target(
            name: "LMHubCore",
            resources: [.copy("Resources/standards"), .copy("Resources/indices"), .copy("Resources/aqi"), .copy("Resources/hub"),
                        .copy("Resources/sdg"), .copy("Resources/carbon"), .copy("Resources/fhi")]
        ),
        .target(name: "LMHubIngest", dependencies: ["LMHubCore"]),
        .target(
            name: "LMHubStorage",
            dependencies: [
                "LMHubCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "LMHubViews",
            dependencies: ["LMHubCore", .product(name: "Plot", package: "Plot")],
            resources: [.copy("Resources/geo")]
        ),
        .target(
            name: "LMHubServer",
            dependencies: [
                "LMHubCore", "LMHubIngest", "LMHubStorage", "LMHubViews",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/seed"), .copy("Resources/openapi")]
        ),
        .executableTarget(
            name: "lmhub",
            dependencies: [
                "LMHubCore", "LMHubIngest", "LMHubStorage", "LMHubServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "LMHubCoreTests", dependencies: ["LMHubCore"], exclude: ["Fixtures"]),
        .testTarget(name: "LMHubIngestTests", dependencies: ["LMHubIngest"], exclude: ["Fixtures"]),
        .testTarget(name: "LMHubStorageTests", dependencies: ["LMHubStorage", "LMHubIngest"], exclude: ["Fixtures"]),
        .testTarget(name: "LMHubViewsTests", dependencies: ["LMHubViews"]),
        .testTarget(
            name: "LMHubServerTests",
            dependencies: [
                "LMHubServer", "LMHubIngest", "LMHubStorage",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
