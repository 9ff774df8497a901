import Testing

@testable import Gazette

/// The bracketed notes that make units responsible for an item of an official document.
@Suite struct ResponsibleUnitsTests {
    @Test(
        arguments: [
            ("扩大助餐服务。（省民政厅牵头，省商务厅、省市场监管局参与）", ["省民政厅"], ["省民政厅", "省商务厅", "省市场监管局"]),
            ("拓展居家服务。（省民政厅、省住房城乡建设厅按职责分工负责）", [], ["省民政厅", "省住房城乡建设厅"]),
            ("延续稳岗返还。（省人力资源社会保障厅、省财政厅按职责分工负责，列第一位者为牵头单位，下同）", [], ["省人力资源社会保障厅", "省财政厅"]),
            ("组织招聘活动。（各市、县〔区〕人民政府负责）", [], ["各市、县〔区〕人民政府"]),
            ("加强监测。（省统计局负责）", [], ["省统计局"]),
            ("（由区工商联、区营商环境服务中心牵头）", ["区工商联", "区营商环境服务中心"], ["区工商联", "区营商环境服务中心"]),
        ] as [(String, [String], [String])])
    func notesNameTheirUnits(paragraph: String, leads: [String], all: [String]) throws {
        let found = try #require(ResponsibleUnits.find(in: [paragraph]))
        #expect(found.leads == leads)
        #expect(found.all == all)
    }

    @Test(arguments: [
        "到2026年底覆盖率达到80%（含农村地区）。",
        "建立由省政府分管负责同志牵头的协调机制。",
        "按规定给予补贴（每人1500元）。",
    ])
    func otherBracketsNameNoUnits(paragraph: String) {
        #expect(ResponsibleUnits.find(in: [paragraph]) == nil)
    }

    @Test func theDocumentSaysWhenTheFirstListedLeads() {
        #expect(ResponsibleUnits.firstListedLeads(in: ["（甲厅、乙局按职责分工负责，列第一位者为牵头单位，下同）"]))
        #expect(!ResponsibleUnits.firstListedLeads(in: ["（甲厅、乙局按职责分工负责）"]))
    }

    /// "由A牵头" stays the lead; a mechanism led by a person names no unit; a rule is no label.
    @Test func leadOrganizationsKeepTheirOwnForms() {
        #expect(LeadOrganizations.find(in: "建立由省政府分管负责同志牵头的就业工作协调机制。").isEmpty)
        #expect(LeadOrganizations.find(in: "（甲厅、乙局按职责分工负责，列第一位者为牵头单位，下同）").isEmpty)
        #expect(LeadOrganizations.find(in: "由区民政局牵头，指导小区成立业主委员会。") == ["区民政局"])
    }

    @Test func aDocumentThatSaysSoLeadsWithTheFirstUnitOfEachNote() throws {
        let text = """
            关于稳定就业的通知
            一、支持企业
            （一）稳岗返还。对企业返还保险费。（省人力资源社会保障厅、省财政厅按职责分工负责，列第一位者为牵头单位，下同）
            （二）降低成本。降低工伤保险费率。（省财政厅、省税务局按职责分工负责）
            （三）就业见习。给予见习补贴。（省教育厅牵头，省人力资源社会保障厅参与）
            """
        let document = try Pipeline().document(from: Array(text.utf8), name: "n.txt")
        let items = document.sections[0].sections
        #expect(items.map(\.leadOrganizations) == [["省人力资源社会保障厅"], ["省财政厅"], ["省教育厅"]])
        #expect(items[2].responsibleOrganizations == ["省教育厅", "省人力资源社会保障厅"])
    }
}
