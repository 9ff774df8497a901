/// Reads the figures of a table's cells. A unit stated for the whole table ("单位：万元" in the
/// caption or a header) or for a column ("金额（亿元）", "增长率(%)") applies to cells that
/// hold a bare number.
struct TableFigures {
    let recognizer: FigureRecognizer

    func figures(of table: Table) -> [TableFigure] {
        let tableUnit = ([table.caption].compactMap { $0 } + table.header).lazy.compactMap(Self.labelledUnit).first
        let columnUnits = table.header.map { Self.parenthesizedUnit(in: $0) }
        var found: [TableFigure] = []
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let header = column < table.header.count ? table.header[column] : ""
                let columnUnit = column < columnUnits.count ? columnUnits[column] : nil
                let unit = columnUnit ?? (Self.countsOrRates(header) ? nil : tableUnit)
                for figure in figures(in: cell, unit: unit) {
                    found.append(
                        TableFigure(
                            row: rowIndex, column: column, context: header, text: figure.text, value: figure.value,
                            unit: figure.unit, kind: figure.kind, qualifier: figure.qualifier))
                }
            }
        }
        return found
    }

    /// The figures of one cell; a cell that is only a number takes `unit`.
    private func figures(in cell: String, unit: String?) -> [Figure] {
        let scalars = Array(cell.unicodeScalars)
        if let unit,
            let token = NumeralReader.read(scalars, at: scalars.first == "-" ? 1 : 0, stopBefore: { _ in false }),
            token.end == scalars.count, !token.isDigitSequence
        {
            var figure = recognizer.figures(in: cell + unit).first { $0.start == 0 }
            figure?.text = cell
            figure?.end = scalars.count
            return figure.map { [$0] } ?? []
        }
        return recognizer.figures(in: cell)
    }

    /// Headers of columns that count things or give rates: a table-wide unit does not apply.
    static let countHeaderWords = [
        "个数", "数量", "人数", "户数", "次数", "件数", "家数", "率", "比例", "占比", "比重", "名次", "排名", "序号", "编号",
    ]

    static func countsOrRates(_ header: String) -> Bool {
        countHeaderWords.contains { header.includes($0) }
    }

    /// "单位：万元", "单位:亿元" → "万元".
    static func labelledUnit(in text: String) -> String? {
        guard let after = text.suffix(after: "单位：") ?? text.suffix(after: "单位:") else { return nil }
        let rest = after.prefix { !"）)，,；; ".contains($0) }
        return unitIfRecognized(String(rest))
    }

    /// "金额（亿元）", "增长率(%)" → "亿元", "%".
    static func parenthesizedUnit(in header: String) -> String? {
        if let unit = labelledUnit(in: header) { return unit }
        guard let open = header.lastIndex(where: { $0 == "（" || $0 == "(" }),
            let close = header[open...].firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return nil }
        return unitIfRecognized(String(header[header.index(after: open)..<close]))
    }

    /// The text when "1" followed by it reads as one figure with a unit.
    private static func unitIfRecognized(_ text: String) -> String? {
        guard !text.isEmpty, text.unicodeScalars.count <= 8 else { return nil }
        let figures = FigureRecognizer().figures(in: "1" + text)
        guard figures.count == 1, figures[0].end == text.unicodeScalars.count + 1, !figures[0].unit.isEmpty else {
            return nil
        }
        return text
    }
}
