import Foundation

/// A reproducible long CSV for benchmarks: 50 stations, six parameters (one reported in µg/L so that units
/// are converted), hourly from 2020-01-01T00:00Z, values from a ``SeededSequence`` of fixed seed.
enum SyntheticObservations {
    static let parameters = [("DO", "mg/L", 8.0), ("CODMn", "mg/L", 3.0), ("NH3-N", "µg/L", 200.0),
                             ("TP", "mg/L", 0.1), ("pH", "pH", 7.2), ("TEMP", "°C", 27.0)]

    static func write(count: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = "station,time,parameter,value,unit\n"
        var random = SeededSequence(seed: 42)
        let start = 1_577_836_800
        let formatter = ISO8601DateFormatter()
        for index in 0..<count {
            let parameter = parameters[index % parameters.count]
            let station = (index / parameters.count) % 50
            let hour = index / (parameters.count * 50)
            let factor = 0.5 + random.unit()
            let time = formatter.string(from: Date(timeIntervalSince1970: Double(start + hour * 3600)))
            buffer += "S-\(station),\(time),\(parameter.0),\(String(format: "%.4g", parameter.2 * factor)),\(parameter.1)\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(buffer.utf8))
    }
}
