/// Segment: blocks → outline. Finds the title and subtitle, sets captions and byline lines
/// aside, and nests numbered sections by numbering style: the first style met is level 1,
/// another style met inside it is level 2, and so on. A marker only counts when its number
/// continues its level (1 to open a level, the next number after that), so a stray "3." in
/// a sentence is not a section.
package struct Segmenter: Sendable {
    /// Longest line, in scalars, taken as a title or a section title on its own line.
    package var maximumTitleLength = 64

    package init() {}

    /// The outline of an ingested source, carrying on what Ingest learnt about it
    /// (`Outline.origin`) for Extract.
    package func outline(of ingested: IngestedSource) -> Outline {
        var outline = outline(
            of: ingested.blocks, titleHint: ingested.titleHint, afterArticle: ingested.hints.postamble,
            readsHeadingLevels: ingested.source.format == .markdown)
        outline.origin = Outline.Origin(
            source: ingested.source, hints: ingested.hints, tables: ingested.tables, diagnostics: ingested.diagnostics)
        return outline
    }

    /// `afterArticle`: the first lines a page prints after its article, where an official
    /// document's attachment list may stand.
    /// `readsHeadingLevels`: the blocks' heading levels are the writer's own, as Markdown's are.
    package func outline(
        of allBlocks: [Block], titleHint: String? = nil, afterArticle: [String] = [], readsHeadingLevels: Bool = false
    ) -> Outline {
        var captions: [Caption] = []
        // A post's header and signature frame the article.
        let frame = MailFrame.article(in: allBlocks)
        var trailer: [String] = allBlocks[..<frame.head].map(\.text)
        let blocks =
            frame.head == 0 && frame.tail == allBlocks.count ? allBlocks : Array(allBlocks[frame.head..<frame.tail])
        var body: [Block] = []
        var inEnumeration = false
        let bylineStart = closingRun(of: blocks)
        var previous: Block?
        for block in blocks[..<bylineStart] {
            defer { previous = block }
            if case .table = block.kind {
                body.append(block)
                continue
            }
            // "①…" after a line ending in "：", or ending in "；" itself, enumerates points of the
            // text; it is no photo caption.
            let enumerates =
                CaptionReader.isNumberedItem(block)
                && (inEnumeration || body.last.map(Self.introducesList) == true || block.text.hasSuffix("；")
                    || block.text.hasSuffix(";"))
            inEnumeration = enumerates
            if !enumerates, let caption = CaptionReader.caption(from: block) {
                captions.append(caption)
            } else if CaptionReader.isUnitLine(block.text), let last = previous,
                CaptionReader.caption(from: last) != nil
            {
                // "单位：万人" under a table's caption belongs to the table.
                trailer.append(block.text)
            } else if TrailerLines.isMetadata(block.text) {
                trailer.append(block.text)
            } else {
                body.append(block)
            }
        }
        trailer += blocks[bylineStart...].map(\.text)
        let (title, subtitle, rest) = heading(of: body, hint: titleHint)
        var lines = rest
        // A date printed under the title ("2025年3月18日", "2025-05-12 08:45") dates the page.
        while let first = lines.first, lines.count > 1,
            TrailerLines.isDateLine(first.text) || LineShape.isDateTimeLine(first.text)
                || LineShape.isStampedByline(first.text)
        {
            trailer.insert(lines.removeFirst().text, at: 0)
        }
        // A speech's speaker and date under its title: "鹭城市副市长 郑某某" / "（2025年3月28日）".
        if lines.count > 2, TrailerLines.isSignature(lines[0].text), SectionMarker.read(lines[0].text) == nil,
            TrailerLines.isDateLine(lines[1].text)
        {
            trailer.insert(contentsOf: [lines[0].text, lines[1].text], at: 0)
            lines.removeFirst(2)
        }
        // A report's speaker under its title: "青崖县人民政府县长　苏明远".
        if lines.count > 1, TrailerLines.isSpeakerLine(lines[0].text) {
            trailer.insert(lines.removeFirst().text, at: 0)
        }
        var addressee: String?
        if let first = lines.first, first.kind.isText, lines.count > 1, OfficialParts.isAddressee(first.text) {
            addressee = lines.removeFirst().text
        }
        let ending = DocumentEnding.ending(of: &lines, afterArticle: afterArticle)
        trailer.insert(contentsOf: ending.signatureLines + ending.appendix, at: 0)
        var builder = OutlineBuilder(maximumTitleLength: maximumTitleLength, readsHeadingLevels: readsHeadingLevels)
        for (index, block) in lines.enumerated() {
            builder.add(block, next: index + 1 < lines.count ? lines[index + 1] : nil)
        }
        let (sections, closing) = builder.finish()
        var outline = Outline(
            title: title, subtitle: subtitle, addressee: addressee, lead: builder.lead, sections: sections,
            captions: captions, trailer: trailer, tablePlacements: builder.tablePlacements)
        outline.closing = closing
        outline.attachments = ending.attachments
        outline.signature = DocumentEnding.signature(
            lines: ending.signatureLines, release: trailer.first(where: TrailerLines.isDisclosureLine))
        outline.trailer += allBlocks[frame.tail...].map(\.text)
        return outline
    }

    /// Title and subtitle: the hint (an HTML page's heading) or the first line; the subtitle
    /// is a short line right after it that is no sentence and no section marker.
    private func heading(of blocks: [Block], hint: String?) -> (String?, String?, [Block]) {
        var rest = blocks[...]
        var title: String?
        if let hint {
            title = hint
            // The last of the first lines that repeat the title: a page may print it twice.
            if let index = rest.prefix(5).lastIndex(where: { Self.squash($0.text) == Self.squash(hint) }) {
                rest = rest[(index + 1)...]
            }
        } else if let first = rest.first, first.kind.isText, isTitleLike(first.text) {
            title = first.text
            rest = rest.dropFirst()
            // A title printed over two lines: "……关于进一步稳定和扩大" / "就业若干措施的通知".
            if let next = rest.first, next.kind.isText, rest.count > 1,
                OfficialParts.continuesTitle(first.text, next.text)
            {
                title = first.text + next.text
                rest = rest.dropFirst()
            }
            // The title printed again under a metadata table: the last of the first lines that repeat it.
            if let title, let index = rest.prefix(5).lastIndex(where: { Self.squash($0.text) == Self.squash(title) }) {
                rest = rest[(index + 1)...]
            }
        }
        var subtitle: String?
        // An issuing body over a date ("青崖县统计局" / "2025年3月20日") is a byline, not a subtitle.
        let bylineFollows =
            rest.count > 2 && TrailerLines.isSignature(rest[rest.startIndex].text)
            && TrailerLines.isDateLine(rest[rest.startIndex + 1].text)
            && !rest[rest.startIndex].text.startsWith("—")
        if title != nil, !bylineFollows, let next = rest.first, next.kind.isText, rest.count > 1,
            isTitleLike(next.text), !TrailerLines.isDateLine(next.text),
            !LineShape.isDateTimeLine(next.text), !TrailerLines.isSpeakerLine(next.text),
            next.kind != .paragraph || (hint == nil && isSubtitleLike(next.text))
        {
            subtitle = TextCleaner.withoutLeadingDashes(next.text)
            rest = rest.dropFirst()
        }
        return (title, subtitle, Array(rest))
    }

    private func isTitleLike(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        let count = text.unicodeScalars.count
        return count <= maximumTitleLength * 2 && SectionMarker.read(text) == nil
            && !"。；：".unicodeScalars.contains(last)
    }

    private func isSubtitleLike(_ text: String) -> Bool {
        text.unicodeScalars.count <= maximumTitleLength && !text.unicodeScalars.contains("。")
    }

    /// Where the closing byline run starts: the last stretch of short lines that holds a
    /// source or editor line ("来源：…", "编辑：…") and whatever short lines follow it
    /// (an account's slogan, "长按识别二维码"). Returns `blocks.count` when there is none.
    private func closingRun(of blocks: [Block]) -> Int {
        var start = blocks.count
        var firstMetadata: Int?
        for index in blocks.indices.reversed() {
            let text = blocks[index].text
            if case .table = blocks[index].kind { break }
            if CaptionReader.caption(from: blocks[index]) != nil { continue }
            if TrailerLines.isMetadata(text) || PageFurniture.isFeedPrompt(text) {
                firstMetadata = index
            } else if !(TrailerLines.isSignature(text) && SectionMarker.read(text) == nil) {
                break
            }
            start = index
        }
        guard let firstMetadata, firstMetadata >= start else { return blocks.count }
        return firstMetadata
    }

    static func introducesList(_ block: Block) -> Bool {
        block.text.endsWith("：") || block.text.endsWith(":")
    }

    static func squash(_ text: String) -> String {
        String(scalars: text.unicodeScalars.filter { !TextCleaner.isBlank($0) })
    }
}
