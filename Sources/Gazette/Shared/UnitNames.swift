/// How the names of units end ("区发展改革委", "市场监管局", "某某街道"): Segment reads addressees
/// by them, Extract lead organizations and responsible units, Validate checks them.
enum UnitNames {
    static let endings: [String] = [
        "局", "委", "部", "办", "院", "会", "府", "处", "室", "街道", "镇", "乡", "中心", "公司", "队", "所", "站", "厅", "署", "组",
        "社", "馆", "团", "司", "校", "行", "庭", "科", "台", "园", "区", "县", "市", "集团", "协会", "分局", "支队", "大队",
        // People's organizations: 区工商联, 县妇联, 市残联, 市科协.
        "联", "协",
    ]
}
