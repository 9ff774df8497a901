import Testing

@testable import Gazette

@Suite struct SectionMarkerTests {
    struct MarkerCase: Sendable, CustomTestStringConvertible {
        var line: String
        var style: SectionMarker.Style
        var number: Int
        var marker: String
        var rest: String
        var testDescription: String { line }
    }

    static let markers: [MarkerCase] = [
        MarkerCase(line: "01", style: .twoDigit, number: 1, marker: "01", rest: ""),
        MarkerCase(line: "12", style: .twoDigit, number: 12, marker: "12", rest: ""),
        MarkerCase(line: "03 推进城市更新", style: .twoDigit, number: 3, marker: "03", rest: "推进城市更新"),
        MarkerCase(line: "一、总体目标", style: .chineseEnumeration, number: 1, marker: "一、", rest: "总体目标"),
        MarkerCase(line: "十二、其他事项", style: .chineseEnumeration, number: 12, marker: "十二、", rest: "其他事项"),
        MarkerCase(line: "二十、附则", style: .chineseEnumeration, number: 20, marker: "二十、", rest: "附则"),
        MarkerCase(line: "（一）加强组织领导", style: .parenthesizedChinese, number: 1, marker: "（一）", rest: "加强组织领导"),
        MarkerCase(line: "(三)强化督查考核", style: .parenthesizedChinese, number: 3, marker: "(三)", rest: "强化督查考核"),
        MarkerCase(line: "（十一）做好宣传引导", style: .parenthesizedChinese, number: 11, marker: "（十一）", rest: "做好宣传引导"),
        MarkerCase(line: "（1）建立工作台账", style: .parenthesizedArabic, number: 1, marker: "（1）", rest: "建立工作台账"),
        MarkerCase(line: "(12)按月报送进度", style: .parenthesizedArabic, number: 12, marker: "(12)", rest: "按月报送进度"),
        MarkerCase(line: "（２）全角数字", style: .parenthesizedArabic, number: 2, marker: "（２）", rest: "全角数字"),
        MarkerCase(line: "1.摸清底数", style: .arabic, number: 1, marker: "1.", rest: "摸清底数"),
        MarkerCase(line: "1. 摸清底数", style: .arabic, number: 1, marker: "1.", rest: "摸清底数"),
        MarkerCase(line: "2、分类施策", style: .arabic, number: 2, marker: "2、", rest: "分类施策"),
        MarkerCase(line: "3．跟踪问效", style: .arabic, number: 3, marker: "3．", rest: "跟踪问效"),
        MarkerCase(line: "10.建立长效机制", style: .arabic, number: 10, marker: "10.", rest: "建立长效机制"),
        MarkerCase(line: "第一部分 工作回顾", style: .part, number: 1, marker: "第一部分", rest: "工作回顾"),
        MarkerCase(line: "第三部分：下一步打算", style: .part, number: 3, marker: "第三部分", rest: "下一步打算"),
        MarkerCase(line: "第二章 总则", style: .chapter, number: 2, marker: "第二章", rest: "总则"),
        MarkerCase(line: "第12章 附则", style: .chapter, number: 12, marker: "第12章", rest: "附则"),
        MarkerCase(line: "案例一：社区食堂暖人心", style: .caseNumber, number: 1, marker: "案例一", rest: "社区食堂暖人心"),
        MarkerCase(line: "案例3", style: .caseNumber, number: 3, marker: "案例3", rest: ""),
        MarkerCase(line: "案例十 “小院议事”化解邻里纠纷", style: .caseNumber, number: 10, marker: "案例十", rest: "“小院议事”化解邻里纠纷"),
    ]

    @Test(arguments: markers)
    func markerIsReadWithStyleNumberAndRest(_ example: MarkerCase) throws {
        let marker = try #require(SectionMarker.read(example.line))
        #expect(marker.style == example.style)
        #expect(marker.number == example.number)
        #expect(marker.text == example.marker)
        #expect(marker.rest == example.rest)
    }

    @Test(arguments: [
        "2024年全区完成改造86个小区",
        "1.5倍于去年同期",
        "3.5万元由区财政承担",
        "100.完成验收",
        "一体化推进政务服务",
        "十分重要的是抓好落实",
        "第一书记驻村开展工作",
        "第二次全体会议召开",
        "二〇二五年工作安排",
        "三是加强宣传引导",
        "案例分析会在区里召开",
        "（附件）工作台账",
        "（2025年3月18日）",
        "3.",
        "30%的资金用于改造",
        "12345热线受理诉求",
        "",
    ])
    func linesThatAreNotMarkers(_ line: String) {
        #expect(SectionMarker.read(line) == nil)
    }

    @Test func fullWidthAndHalfWidthParenthesesShareAStyle() throws {
        let full = try #require(SectionMarker.read("（二）完善制度"))
        let half = try #require(SectionMarker.read("(二)完善制度"))
        #expect(full.style == half.style)
        #expect(full.number == half.number)
        #expect(full.rest == half.rest)
    }
}
