import Foundation
import LMHubCore

/// The file each input is written to, since the readers take a path: in memory (`/dev/shm`) where the
/// system has it, and one per process, so that parallel fuzzing processes (`-fork=N`) keep apart.
let inputPath: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return (folder as NSString).appendingPathComponent("lmhub-fuzz-\(getpid()).csv")
}()

/// libFuzzer's set-up: checks that the fuzz build's stand-in for `Bundle.module` finds LMHubCore's data.
/// Without it the air readers would refuse every input and the water readers would skip their range
/// checks, and the fuzzer would explore far less without saying so.
@_cdecl("LLVMFuzzerInitialize")
public func initializeFuzzer(
    _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    do {
        _ = try AirPollutants.bundled()
        _ = try PlausibleRanges.bundled()
    } catch {
        fatalError("the fuzz build cannot load LMHubCore's bundled data: \(error)")
    }
    return 0
}

/// libFuzzer's entry point: writes the input to ``inputPath`` and runs every reader over it
/// (``EveryReader``). A reader's `IngestError` is a fine answer; a ``EveryReader/Finding`` stops the run
/// with its description, as a crash, trap or sanitizer report does by itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: bytes, count: count))
    do {
        try input.write(to: URL(fileURLWithPath: inputPath))
    } catch {
        fatalError("cannot write the fuzz input to \(inputPath): \(error)")
    }
    do {
        try EveryReader.read(path: inputPath)
    } catch {
        fatalError("finding: \(error.description)")
    }
    return 0
}
