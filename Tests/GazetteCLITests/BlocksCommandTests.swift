import Foundation
import GazetteTestSupport
import Testing

/// `gazette blocks`: the article's blocks of a page, with what the edge classifier cuts.
@Suite struct BlocksCommandTests {
    static let page = GazetteBinary.repositoryRoot.appendingPathComponent("Tests/Pages/u13-bilingual-english-nav.html")
        .path

    @Test func marksTheTitleAndWhatIsCut() throws {
        let run = try GazetteBinary.run(["blocks", Self.page])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("title ") == true)
        #expect(lines.contains { $0.hasPrefix("keep ") && $0.contains("近日，工业和信息化部公布了") })
        #expect(lines.contains { $0.hasPrefix("cut ") && $0.contains("About LHZ") })
    }

    @Test func jsonGivesEveryBlocksFeaturesByName() throws {
        let run = try GazetteBinary.run(["blocks", "--json", Self.page])
        #expect(run.status == 0)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let names = try #require(page["features"] as? [String])
        let blocks = try #require(page["blocks"] as? [[String: Any]])
        let body = blocks.filter { $0["isTitle"] as? Bool == false }
        #expect(!body.isEmpty)
        #expect(
            body.allSatisfy {
                ($0["tail"] as? [Double])?.count == names.count && ($0["head"] as? [Double])?.count == names.count
            })
    }

    @Test func aMissingFileIsOneErrorLine() throws {
        let run = try GazetteBinary.run(["blocks", "no-such-page.html"])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains("no-such-page.html"))
    }
}
