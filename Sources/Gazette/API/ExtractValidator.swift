import Foundation

/// A diagnostic `gazette validate` reports about one file, with where it is. The diagnostic is
/// the same type a record carries; its `path` is the JSON Pointer into the record.
public struct Finding: Sendable, Equatable, Decodable {
    /// The file the finding is about, as it was named ("extracts/2025-03.ndjson").
    public var file: String
    /// The record's line in an NDJSON file; nil for a single-record file.
    public var record: Int?
    /// What was found: the rule's code, the severity it is reported at, the message, and the JSON Pointer
    /// into the record as `path`.
    public var diagnostic: Diagnostic
    /// Position in the file when known (1-based; column in Unicode scalars).
    public var line: Int?
    /// The column of that position, in Unicode scalars from 1; nil when not known.
    public var column: Int?

    /// A finding of an existing diagnostic, such as one a document carries, in `file` at an optional
    /// record line and position.
    public init(file: String, record: Int? = nil, diagnostic: Diagnostic, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.record = record
        self.diagnostic = diagnostic
        self.line = line
        self.column = column
    }

    /// A finding of a new diagnostic; `pointer` is its JSON Pointer into the record.
    public init(
        file: String, record: Int? = nil, code: String, severity: Diagnostic.Severity, message: String,
        pointer: String, line: Int? = nil, column: Int? = nil
    ) {
        self.init(
            file: file, record: record,
            diagnostic: Diagnostic(code: code, severity: severity, message: message, path: pointer),
            line: line, column: column)
    }

    private enum CodingKeys: String, CodingKey { case file, record, code, severity, message, pointer, line, column }

    /// Reads a finding as `gazette validate --report json` writes it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            record: try container.decodeIfPresent(Int.self, forKey: .record),
            code: try container.decode(String.self, forKey: .code),
            severity: try container.decode(Diagnostic.Severity.self, forKey: .severity),
            message: try container.decode(String.self, forKey: .message),
            pointer: try container.decode(String.self, forKey: .pointer),
            line: try container.decodeIfPresent(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column))
    }

    /// The diagnostic's stable code ("section-gap").
    public var code: String { diagnostic.code }
    /// The severity it is reported at (settings may have changed the rule's own).
    public var severity: Diagnostic.Severity {
        get { diagnostic.severity }
        set { diagnostic.severity = newValue }
    }
    /// The diagnostic's message, one sentence for people ("the document has no title"); its wording may
    /// change, unlike `code`.
    public var message: String { diagnostic.message }
    /// JSON Pointer into the record, "" for the record as a whole.
    public var pointer: String { diagnostic.path }
}

/// Checks extracts (JSON and NDJSON records) and documents: structure against the published
/// schema, then every rule, reporting all findings rather than the first.
public struct ExtractValidator: Sendable {
    /// Which rules are turned off and at what severity the others are reported; applied to every finding.
    public var settings: ValidationSettings
    /// The rules run on each record that passes the schema check; by default it re-reads every figure.
    public var validator = Validator()

    /// A validator that weighs its findings by `settings` (by default every rule at its own severity).
    public init(settings: ValidationSettings = ValidationSettings()) {
        self.settings = settings
    }

    /// Findings for one JSON record.
    public func findings(inJSON bytes: [UInt8], file: String) -> [Finding] {
        do {
            let tree = try JSONTree.parse(bytes)
            return findings(in: tree, bytes: bytes, file: file, record: nil)
        } catch {
            return filtered([
                Finding(
                    file: file, code: "json-syntax", severity: .error, message: error.message, pointer: "",
                    line: error.line, column: error.column)
            ])
        }
    }

    /// Findings for an NDJSON file: one record per line; a bad line does not hide the others.
    public func findings(inNDJSON bytes: [UInt8], file: String) -> [Finding] {
        var found: [Finding] = []
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (result, line) in zip(JSONTree.parseLines(bytes), lines.filter { $0.contains { $0 > 0x20 } }) {
            switch result.result {
            case .success(let tree):
                found += findings(
                    in: tree.shifted(toLine: result.line), bytes: Array(line), file: file, record: result.line)
            case .failure(let error):
                found += filtered([
                    Finding(
                        file: file, record: result.line, code: "json-syntax", severity: .error,
                        message: error.message, pointer: "", line: error.line, column: error.column)
                ])
            }
        }
        return found
    }

    /// Findings for a document already in memory (a source just parsed).
    public func findings(for document: Document, file: String) -> [Finding] {
        filtered(
            validator.diagnostics(for: document).map {
                Finding(file: file, diagnostic: $0)
            })
    }

    private func findings(in tree: JSONTree.Node, bytes: [UInt8], file: String, record: Int?) -> [Finding] {
        let problems = SchemaChecker.record.problems(in: tree)
        if !problems.isEmpty {
            return filtered(
                problems.map { problem in
                    let code = problem.pointer == "/schemaVersion" ? "schema-version" : "schema"
                    return Finding(
                        file: file, record: record, code: code, severity: .error,
                        message: "\(problem.pointer.isEmpty ? "record" : problem.pointer) \(problem.message)",
                        pointer: problem.pointer, line: problem.line, column: problem.column)
                })
        }
        guard let document = try? JSONDecoder().decode(Document.self, from: Data(bytes)) else {
            return filtered([
                Finding(
                    file: file, record: record, code: "schema", severity: .error,
                    message: "the record does not decode as a Gazette record", pointer: "", line: tree.line,
                    column: tree.column)
            ])
        }
        return filtered(
            validator.diagnostics(for: document).map { diagnostic in
                let node = tree.node(at: diagnostic.path)
                return Finding(
                    file: file, record: record, code: diagnostic.code, severity: diagnostic.severity,
                    message: diagnostic.message,
                    pointer: diagnostic.path, line: node?.line, column: node?.column)
            })
    }

    /// Applies the settings: rules turned off are dropped, others take their set severity.
    private func filtered(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard let severity = settings.severity(for: finding.code, default: finding.severity) else { return nil }
            var weighed = finding
            weighed.severity = severity
            return weighed
        }
    }
}

extension JSONTree.Node {
    /// The node a JSON Pointer names, or nil.
    func node(at pointer: String) -> JSONTree.Node? {
        var node = self
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node.value {
            case .object(let members):
                guard let child = members.first(where: { $0.key == key })?.node else { return nil }
                node = child
            case .array(let elements):
                guard let index = Int(key), elements.indices.contains(index) else { return nil }
                node = elements[index]
            default:
                return nil
            }
        }
        return node
    }

    /// The same tree with every line moved so that line 1 is `line` (NDJSON records).
    func shifted(toLine line: Int) -> JSONTree.Node {
        var copy = self
        copy.line = self.line + line - 1
        switch value {
        case .object(let members): copy.value = .object(members.map { ($0.key, $0.node.shifted(toLine: line)) })
        case .array(let elements): copy.value = .array(elements.map { $0.shifted(toLine: line) })
        default: break
        }
        return copy
    }
}
