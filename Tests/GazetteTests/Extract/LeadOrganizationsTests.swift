import Testing

@testable import Gazette

@Suite struct LeadOrganizationsTests {
    @Test(
        arguments: [
            ("由区委政法委、区公安分局牵头，各街道配合。", ["区委政法委", "区公安分局"]),
            ("由区住房和城乡建设委牵头，按月调度进度。", ["区住房和城乡建设委"]),
            ("由区民政局和区卫生健康委共同牵头。", ["区民政局", "区卫生健康委"]),
            ("由区发展改革委会同区财政局牵头。", ["区发展改革委", "区财政局"]),
            ("由区教委牵头负责。", ["区教委"]),
            ("牵头单位：区教委、区财政局", ["区教委", "区财政局"]),
            ("牵头单位:区文化旅游委；配合单位：各街道", ["区文化旅游委"]),
            ("由各街道办事处牵头，逐户开展入户调查。", ["各街道办事处"]),
            ("由区商务委、区市场监管局等部门牵头。", ["区商务委", "区市场监管局"]),
        ] as [(String, [String])])
    func leadingUnitsAreReadAsWritten(paragraph: String, units: [String]) {
        #expect(LeadOrganizations.find(in: paragraph) == units)
    }

    @Test(arguments: [
        "各街道要落实属地责任，明确专人负责。",
        "由于天气原因，活动延期举行。",
        "由区政府统一部署。牵头抓总要有力。",
        "",
    ])
    func noLeadingUnits(_ paragraph: String) {
        #expect(LeadOrganizations.find(in: paragraph) == [])
    }

    @Test func theFirstParagraphThatNamesUnitsWins() {
        let paragraphs = ["全面排查隐患。", "由区应急局牵头，区消防救援支队配合。", "由区教委牵头。"]
        #expect(LeadOrganizations.find(in: paragraphs) == ["区应急局"])
    }

    @Test(
        arguments: [
            ("由区协同创新中心牵头，开展技术攻关。", ["区协同创新中心"]),
            ("由区联合调解中心牵头化解纠纷。", ["区联合调解中心"]),
        ] as [(String, [String])])
    func nameContainingAConjunctionWordAfterAPlaceIsKept(paragraph: String, units: [String]) {
        #expect(LeadOrganizations.find(in: paragraph) == units)
    }

    @Test func leadUnitListStopsAtTheNextLabel() {
        #expect(LeadOrganizations.find(in: "牵头单位：区教委，配合单位：区财政局") == ["区教委"])
    }

    @Test func conjunctionAfterANameContainingHeSplitsUnits() {
        // The first 和 is inside the name, the second one joins two units.
        #expect(LeadOrganizations.find(in: "由区住房和城乡建设委和区财政局牵头。") == ["区住房和城乡建设委", "区财政局"])
    }
}
