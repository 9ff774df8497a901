import Foundation

/// The forms `gazette validate` reports in: text for people, JSON for scripts, JUnit XML for
/// CI dashboards, and GitHub workflow annotations.
package enum FindingReport {
    /// "file:line:col: error: message [code] (pointer)", one finding a line.
    package static func text(_ findings: [Finding]) -> String {
        findings.map { finding in
            var place = finding.file
            if let line = finding.line { place += ":\(line)" + (finding.column.map { ":\($0)" } ?? "") }
            return "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.code)]\(pointerNote(finding))"
        }.joined(separator: "\n")
    }

    /// An array of findings, each with its file, record line, code, severity, message,
    /// pointer, line and column.
    package static func json(_ findings: [Finding]) -> Data {
        var writer = JSONWriter(pretty: true)
        writer.array(findings) { writer, finding in
            writer.object { w in
                w.field("file", finding.file)
                w.field("record", finding.record)
                w.field("code", finding.code)
                w.field("severity", finding.severity.rawValue)
                w.field("message", finding.message)
                w.field("pointer", finding.pointer)
                w.field("line", finding.line)
                w.field("column", finding.column)
            }
        }
        return Data(writer.bytes)
    }

    /// One test case per file, one failure per finding that fails under `settings`.
    package static func junit(files: [String], findings: [Finding], settings: ValidationSettings) -> String {
        let failing = findings.filter { settings.fails($0.severity) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"gazette validate\" tests=\"\(files.count)\" failures=\"\(failing.count)\">\n"
        xml +=
            "  <testsuite name=\"gazette validate\" tests=\"\(files.count)\" failures=\"\(failing.count)\" errors=\"0\">\n"
        for file in files {
            let own = failing.filter { $0.file == file }
            xml += "    <testcase classname=\"gazette.validate\" name=\"\(escape(file))\""
            if own.isEmpty {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            for finding in own {
                let place = [finding.line.map { "line \($0)" }, finding.column.map { "column \($0)" }].compactMap { $0 }
                    .joined(separator: ", ")
                xml += "      <failure type=\"\(escape(finding.code))\" message=\"\(escape(finding.message))\">"
                xml += escape(
                    "\(finding.pointer.isEmpty ? "/" : finding.pointer)\(place.isEmpty ? "" : " at \(place)")")
                xml += "</failure>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// `::error file=…,line=…,col=…,title=code::message` lines for GitHub Actions.
    package static func github(_ findings: [Finding]) -> String {
        findings.map { finding in
            let level = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
            var properties = ["file=\(property(finding.file))"]
            if let line = finding.line { properties.append("line=\(line)") }
            if let column = finding.column { properties.append("col=\(column)") }
            properties.append("title=\(property(finding.code))")
            return "::\(level) \(properties.joined(separator: ","))::\(message(finding.message + pointerNote(finding)))"
        }.joined(separator: "\n")
    }

    /// " (/sections/2/title)" after a message that does not already name its pointer.
    private static func pointerNote(_ finding: Finding) -> String {
        finding.pointer.isEmpty || finding.message.startsWith(finding.pointer) ? "" : " (\(finding.pointer))"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters even as references.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaping of workflow command properties and messages.
    private static func property(_ text: String) -> String {
        message(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private static func message(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
