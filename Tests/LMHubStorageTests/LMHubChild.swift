import Foundation
import Testing

/// The `lmhub` executable run as a child process, with its standard error in a file the test can read while
/// it runs. The executable is the one built next to the test bundle (`swift build` puts both in the same
/// products folder, `.build/debug/`).
struct LMHubChild {
    let process = Process()
    /// Where the child's standard error goes (the caller removes it).
    let log: String

    /// The `lmhub` executable next to the running test bundle.
    static var executable: URL {
        get throws {
            let folder = try #require(Bundle.main.executableURL, "the test process has no executable path").deletingLastPathComponent()
            let url = folder.appendingPathComponent("lmhub")
            try #require(FileManager.default.isExecutableFile(atPath: url.path), "no lmhub executable in \(folder.path): build it first (swift build)")
            return url
        }
    }

    /// Starts `lmhub arguments…`, its standard error going to the file `log`.
    init(_ arguments: [String], log: String) throws {
        self.log = log
        guard FileManager.default.createFile(atPath: log, contents: nil), let output = FileHandle(forWritingAtPath: log) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: log])
        }
        defer { try? output.close() }
        process.executableURL = try Self.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        try process.run()
    }

    /// What the child wrote on standard error so far.
    var errorOutput: String {
        (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    }

    /// Waits until the child's standard error contains `text`.
    /// - Returns: `false` if the child ended, or `timeout` passed, first.
    func waitForOutput(containing text: String, timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if errorOutput.contains(text) { return true }
            guard process.isRunning else { return false }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// Sends SIGKILL to the child if it is still running.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the child to end (killing it after `timeout`) and returns its exit code, or the signal
    /// that ended it, negated.
    func waitForExit(timeout: Duration = .seconds(120)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { kill() }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    /// Runs `lmhub arguments…` to its end; throws with its standard error unless it exits with 0.
    static func run(_ arguments: [String], log: String) async throws {
        let child = try LMHubChild(arguments, log: log)
        let status = try await child.waitForExit()
        try #require(status == 0, "lmhub \(arguments.joined(separator: " ")) ended with \(status): \(child.errorOutput)")
    }
}
