/// Reads data tables: a `<table>` of short cells in rows and columns, with no table inside it.
/// Tables that lay out a page (long text, nested tables, a single column) stay in the text flow.
struct HTMLTableReader {
    let tree: HTMLTree
    let excluded: [Bool]

    /// A data table as cell text, before any figure is read from it.
    struct RawTable: Sendable, Equatable {
        var caption: String?
        var rows: [[String]]
        /// True when the first row is made of `<th>` cells or sits in `<thead>`.
        var firstRowIsHeader: Bool
    }

    /// The longest cell, in scalars, a data table holds.
    static let maximumCellLength = 60

    func dataTable(at index: Int) -> RawTable? {
        let table = tree.nodes[index]
        var rows: [[String]] = []
        var firstRowIsHeader = false
        var caption: String?
        var inner = index + 1
        while inner < table.end {
            let node = tree.nodes[inner]
            if node.name == "table" { return nil }
            if node.name == "caption" {
                caption = text(of: inner)
                inner = node.end
                continue
            }
            if node.name == "tr" {
                var cells: [String] = []
                var headerCells = 0
                for cell in tree.children(of: inner) where ["td", "th"].contains(tree.nodes[cell].name) {
                    if tree.node(cell, contains: "table") { return nil }
                    cells.append(text(of: cell))
                    if tree.nodes[cell].name == "th" || isInsideHead(cell, table: index) { headerCells += 1 }
                }
                if rows.isEmpty { firstRowIsHeader = headerCells > 0 && headerCells == cells.count }
                if !cells.allSatisfy(\.isEmpty) { rows.append(cells) }
                inner = node.end
                continue
            }
            inner += 1
        }
        let widths = rows.map(\.count)
        guard rows.count >= 2, (widths.max() ?? 0) >= 2,
            rows.allSatisfy({ $0.allSatisfy { $0.unicodeScalars.count <= Self.maximumCellLength } })
        else { return nil }
        // A caption row spanning the table ("表1 …（单位：万元）") is the caption.
        if caption == nil, rows[0].count == 1 || Set(rows[0].filter { !$0.isEmpty }).count == 1, widths.max()! > 1 {
            caption = rows[0].first { !$0.isEmpty }
            rows.removeFirst()
            firstRowIsHeader = true
            // A headline over one row of byline and pager lays out a page: no data under a caption.
            guard rows.count >= 2 else { return nil }
        }
        return RawTable(caption: caption, rows: rows, firstRowIsHeader: firstRowIsHeader || looksLikeHeader(rows))
    }

    /// Labels of the fields open-government pages list in a table above a document.
    static let fieldLabels: Set<String> = [
        "索引号", "主题分类", "组配分类", "体裁分类", "服务对象分类", "信息分类", "发文机关", "发布机构", "所属机构", "成文日期", "发文日期",
        "发文字号", "文号", "发布日期", "标题", "名称", "主题词", "有效性", "公开方式", "公开范围", "公开时限", "生效日期", "信息来源",
    ]

    /// The rows of a table of labelled fields as "label：value" lines, one per field; nil when
    /// fewer than two of its cells are such labels (then it is data).
    static func labelledLines(of table: RawTable) -> [String]? {
        func label(_ cell: String) -> String? {
            var scalars = Substring(cell).unicodeScalars[...]
            while let last = scalars.last, last == "：" || last == ":" || TextCleaner.isBlank(last) {
                scalars = scalars.dropLast()
            }
            let name = String(scalars)
            return fieldLabels.contains(name) ? name : nil
        }
        let rows = (table.caption.map { [[$0]] } ?? []) + table.rows
        guard rows.joined().filter({ label($0) != nil }).count >= 2 else { return nil }
        var lines: [String] = []
        for row in rows {
            var column = 0
            while column < row.count {
                if let name = label(row[column]), column + 1 < row.count {
                    lines.append("\(name)：\(row[column + 1])")
                    column += 2
                } else {
                    if !row[column].isEmpty { lines.append(row[column]) }
                    column += 1
                }
            }
        }
        return lines
    }

    /// A first row without digits above rows with digits is a header.
    private func looksLikeHeader(_ rows: [[String]]) -> Bool {
        guard rows.count >= 2 else { return false }
        let hasDigit = { (cell: String) in cell.unicodeScalars.contains { NumeralReader.digit($0) != nil } }
        return !rows[0].contains(where: hasDigit) && rows[1...].contains { $0.contains(where: hasDigit) }
    }

    private func isInsideHead(_ index: Int, table: Int) -> Bool {
        var ancestor = tree.nodes[index].parent
        while ancestor > table {
            if tree.nodes[ancestor].name == "thead" { return true }
            ancestor = tree.nodes[ancestor].parent
        }
        return false
    }

    private func text(of index: Int) -> String {
        var text = ""
        for inner in index..<tree.nodes[index].end where tree.nodes[inner].isText && !excluded[inner] {
            text += tree.nodes[inner].text
        }
        return TextCleaner.clean(text.unicodeScalars)
    }
}

extension HTMLTree {
    /// True when the subtree at `index` holds an element called `name` below its root.
    func node(_ index: Int, contains name: String) -> Bool {
        ((index + 1)..<nodes[index].end).contains { nodes[$0].name == name }
    }
}
