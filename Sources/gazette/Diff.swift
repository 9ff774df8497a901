import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two extracts, or two folders of them, field by field.",
            discussion: "Exit status: 0 when they are the same, 1 when they differ, 2 when one cannot be read.")

        @Argument(help: "The old extract or folder.")
        var old: String

        @Argument(help: "The new extract or folder.")
        var new: String

        @Flag(help: "Print the changes as JSON.")
        var json = false

        func run() throws {
            let pairs: [(name: String, old: String?, new: String?)]
            do {
                pairs = try RecordPairs.pair(old, new)
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode(2)
            }
            var report: [String: [RecordDiff.Change]] = [:]
            var lines: [String] = []
            for pair in pairs {
                switch (pair.old, pair.new) {
                case (let before?, let after?):
                    let changes: [RecordDiff.Change]
                    do {
                        changes = try RecordDiff.changes(
                            from: try SourceFile.read(before), to: try SourceFile.read(after))
                    } catch let error as GazetteError {
                        reportError(error.description)
                        throw ExitCode(2)
                    } catch {
                        reportError("\(pair.name): not a JSON record")
                        throw ExitCode(2)
                    }
                    if !changes.isEmpty {
                        report[pair.name] = changes
                        lines.append("\(pair.name):")
                        lines += changes.map { "  " + $0.description }
                    }
                case (_?, nil):
                    report[pair.name] = [RecordDiff.Change(pointer: "", kind: .removed)]
                    lines.append("\(pair.name): removed")
                case (nil, _?):
                    report[pair.name] = [RecordDiff.Change(pointer: "", kind: .added)]
                    lines.append("\(pair.name): added")
                case (nil, nil):
                    continue
                }
            }
            if json {
                writeOut(RecordDiff.json(report) + Data("\n".utf8))
            } else if !lines.isEmpty {
                writeOut(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            if !report.isEmpty { throw ExitCode.failure }
        }
    }
}

/// Pairs the records of two paths: two files, or the `.json` files of two folders by name.
enum RecordPairs {
    static func pair(_ old: String, _ new: String) throws -> [(name: String, old: String?, new: String?)] {
        let oldIsFolder = try kind(of: old)
        let newIsFolder = try kind(of: new)
        guard oldIsFolder == newIsFolder else {
            throw GazetteError.unreadable(new, reason: "compare a file with a file, or a folder with a folder")
        }
        guard oldIsFolder else { return [((new as NSString).lastPathComponent, old, new)] }
        let before = records(in: old)
        let after = records(in: new)
        let names = Set(before.keys).union(after.keys).sorted()
        return names.map { ($0, before[$0], after[$0]) }
    }

    private static func kind(of path: String) throws -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw GazetteError.fileNotFound(path)
        }
        return isFolder.boolValue
    }

    private static func records(in folder: String) -> [String: String] {
        let files = InputFinder.files(in: [folder], extensions: ["json"]).found
        return Dictionary(
            files.map {
                (String($0.dropFirst(folder.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")), $0)
            },
            uniquingKeysWith: { first, _ in first })
    }
}
