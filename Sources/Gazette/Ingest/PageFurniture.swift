/// The words of page furniture that stands at the edges of an article, on any site: what a
/// page prints above the first sentence (a "原标题：" line, a summary box, a share button's
/// label, a column tag) and below the last one (a comment box, keyword lines, reprint and
/// disclaimer notices, the heading of a list of other articles), and lines that are furniture
/// wherever they stand (page tools, footers, QR prompts). `ArticleEdges` cuts the first; the
/// flattener drops the others and keeps a list heading as a line so that the cut can see where
/// the list starts; the title finder passes over all of them.
enum PageFurniture {
    /// Lines that open a list of other articles, a comment box or an account's closing block.
    static let closingListHeadings = [
        "往期精彩", "往期回顾", "往期推荐", "往期文章", "近期文章", "推荐阅读", "相关推荐", "延伸阅读", "相关阅读", "相关新闻", "相关文章",
        "相关链接", "相关稿件", "相关报道", "热门推荐", "热门文章", "热文推荐", "猜你喜欢", "更多精彩", "精彩推荐", "重点推荐", "为您推荐",
        "今日推荐", "点击排行", "你可能感兴趣", "你可能还喜欢", "网友评论", "我要跟帖", "我要评论", "发表评论", "最新评论", "热门评论", "关注我们",
        "RECOMMEND", "Recommend", "精彩回顾", "历史文章", "推荐文章", "阅读推荐", "今日热点", "热点推荐", "大家都在看", "看了又看",
        "参考资料", "参考文献", "参考内容", "参考链接", "参考：", "参考:", "文章被以下专栏收录", "正文已结束",
    ]

    /// Lines above the first sentence: the original title, summary boxes, players and share
    /// buttons, a note of where the text first appeared.
    static let headPrefixes = [
        "原标题", "（原标题", "(原标题", "【原标题", "[原标题", "[摘要", "【摘要", "摘要：", "摘要:", "内容摘要", "核心提示", "【核心提示",
        "导读：", "导读:", "【导读", "本文首发于", "分享至", "Play Video", "播报文章", "语音播报", "点击播报", "听全文", "字号：", "字号:",
    ]

    /// Short lines above the first sentence that give where a writer posted from: "来自甘肃", "IP属地：北京".
    static let regionPrefixes = ["来自", "IP属地", "发布于"]

    /// Of `headPrefixes`, those that mark everything above them as furniture too: a summary
    /// may come first, then "本文首发于…", then the text.
    static let strongHeadPrefixes = ["原标题", "（原标题", "(原标题", "【原标题", "[原标题", "本文首发于"]

    /// Fragments of a line below the last sentence: comment boxes, reprint and disclaimer
    /// notices, an account's contact lines.
    static let tailFragments = [
        "正文已结束", "跟贴", "跟帖", "发表观点", "已输入", "还可以输入", "减少或屏蔽", "此类内容", "此类推荐", "分享至", "阅读下一篇", "阅读原文",
        "不构成投资建议", "不代表本网", "不代表本站", "不代表网易", "仅代表作者", "转载请注明", "请勿转载", "未经授权", "未经书面授权",
        "禁止转载", "授权发布", "授权转载", "违规转载", "专稿", "投稿邮箱", "商务合作", "点击关注", "识别图中二维码", "欢迎转发", "欢迎分享",
        // The suicide-prevention notice Taiwanese news sites print under such stories.
        "再給自己一次機會", "再给自己一次机会",
    ]

    /// Keyword lines ("关键词：…", "关键字>>…"), and notes of where a text came from that
    /// follow it ("原标题：…", "原文：…", "译者：…").
    static let keywordPrefixes = [
        "关键字", "关键词", "标签：", "标签:", "Tags", "TAGS", "TAG：", "原标题", "（原标题", "(原标题", "原文：", "原文:", "原文链接", "原文地址",
        "译文：", "译文:", "译者：", "译者:",
    ]

    /// Words of the credits a page prints under an article: "出品—某栏目组", "作者 | 某".
    static let creditWords = ["出品", "作者", "编辑", "排版", "校对", "审核", "监制", "策划", "责编", "主编", "制作"]

    /// Lines that head a comment box: "网易跟贴", "评论(15)".
    static let commentWords = ["跟贴", "跟帖", "评论(", "评论（", "条评论"]

    /// Buttons of a comment box or a share bar, on lines of a few characters: "举报", "回复".
    static let buttonWords = ["举报", "分享", "不喜欢", "回复", "收藏", "点赞", "顶", "踩"]

    /// Lines that are page furniture even inside the article container.
    static let linePrefixes = [
        "上一篇", "下一篇", "上一条", "下一条", "分享到", "扫一扫", "【打印", "【关闭", "【纠错", "【收藏", "打印本页", "关闭窗口", "相关链接",
        "相关文章", "相关新闻", "相关信息", "相关阅读", "延伸阅读", "推荐阅读", "往期推荐", "往期回顾", "精彩推荐", "网友评论", "特别声明", "免责声明", "Notice:",
        "Notice：", "发表评论", "我要评论", "网站地图", "版权所有", "主办单位", "承办单位", "技术支持", "当前位置",
        "您现在的位置", "您的位置", "字号", "【字体",
    ]

    /// Fragments of copyright and registration lines; a line of up to 120 scalars holding one is
    /// the site's footer, wherever it stands.
    static let footerFragments = [
        "ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "copyright", "©", "网站标识码", "主办单位：", "技术支持：",
    ]

    /// Fragments that make a short line page furniture wherever they stand in it.
    static let lineFragments = [
        "二维码", "长按识别", "点击蓝字", "阅读原文", "预览时标签不可点", "扫码关注", "点击上方", "微信扫一扫", "分享到朋友圈",
        "视频加载中", "请稍候", "您的浏览器不支持", "点赞", "在看", "转发给",
        // A video player's lines: "很抱歉，当前视频播放失败", "错误代码：…", "自动播放下一条".
        "播放失败", "错误代码", "WIFI下打开", "WiFi下打开", "自动播放",
    ]

    static let linePrefixSet = PhraseSet(linePrefixes)
    static let lineFragmentSet = PhraseSet(lineFragments)
    static let footerFragmentSet = PhraseSet(footerFragments)
    static let closingListSet = PhraseSet(closingListHeadings)
    static let buttonSet = PhraseSet(buttonWords)
    static let headSet = PhraseSet(headPrefixes)
    static let strongHeadSet = PhraseSet(strongHeadPrefixes)
    static let tailSet = PhraseSet(tailFragments)
    static let keywordSet = PhraseSet(keywordPrefixes)
    static let creditSet = PhraseSet(creditWords)
    static let commentSet = PhraseSet(commentWords)

    /// "👇点击“阅读原文”，查看……", "长按识别二维码关注": a short line a feed adds to an article.
    static func isFeedPrompt(_ line: String) -> Bool {
        line.utf8.count <= 160 && line.unicodeScalars.count <= 40 && lineFragmentSet.occurs(in: line)
    }

    /// "相关推荐", "往期精彩：", "RECOMMEND": a short line that heads a list of other articles.
    static func opensClosingList(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        let count = line.unicodeScalars.count
        return count <= 16 && !LineShape.isSentence(line)
            && (closingListSet.starts(line) || (count <= 12 && commentSet.occurs(in: line))
                || FurnitureLines.isEndMark(line))
    }

    /// A line above the first sentence that is no part of the article.
    static func isHeadLine(_ line: String) -> Bool {
        let count = line.unicodeScalars.count
        if count <= 200, headSet.starts(line) { return true }
        if count <= 14, line.startsWith("【"), line.endsWith("】"), !line.dropFirst().dropLast().contains("【") {
            return true
        }
        if count <= 12, !LineShape.isSentence(line), regionPrefixes.contains(where: { line.startsWith($0) }) {
            return true
        }
        if count <= 40, startsWithRelativeTime(line) { return true }
        // A player's clock: "00:00", "01:45".
        if count <= 8, line.unicodeScalars.allSatisfy({ NumeralReader.digit($0) != nil || $0 == ":" || $0 == "：" }) {
            return true
        }
        // A byline the metadata reader reads ("日期:2018-04-17 10:13 发布人:admin 浏览量:36").
        if count <= 80, !line.includes("。"), !BylineFields.fields(in: line).isEmpty { return true }
        return TrailerLines.isMetadata(line) || TrailerLines.isDateLine(line) || LineShape.isDateTimeLine(line)
    }

    /// "原标题：…", "本文首发于…": everything above such a line is furniture too.
    static func isStrongHeadLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 200 && strongHeadSet.starts(line)
    }

    /// A line below the last sentence that is no part of the article.
    static func isTailLine(_ line: String) -> Bool {
        let count = line.unicodeScalars.count
        // Bylines are the trailer's, not furniture: the segmenter sets them aside.
        if TrailerLines.isMetadata(line) { return false }
        // "编辑于 2022-12-10 11:42・IP 属地浙江": read as the time under the article.
        if LineShape.isStampedNote(line) { return true }
        if count <= 12, !LineShape.isSentence(line), buttonSet.occurs(in: line) { return true }
        if count <= 100, tailSet.occurs(in: line) { return true }
        // "…不代表某某网立场", "…不代表本站观点": a disclaimer, whatever the site's name.
        if count <= 100, line.includes("不代表"), line.includes("立场") || line.includes("观点") { return true }
        if count <= 120, keywordSet.starts(line) { return true }
        if count <= 40, !LineShape.isSentence(line), creditSet.occurs(in: line) { return true }
        // "作者某某，为……专栏作者": an author's note.
        if count <= 80, line.startsWith("作者"), !line.startsWith("作者认为") { return true }
        // Marks, counters and addresses without a word of Chinese: "|", "+1", "http://…".
        if count <= 60, !line.unicodeScalars.contains(where: TextCleaner.isCJK), !line.includes(". "),
            !line.endsWith(".")
        {
            return true
        }
        return false
    }

    /// "20天前·来自专栏…", "3小时前": a post's age, as social sites print it above the text.
    static func startsWithRelativeTime(_ line: String) -> Bool {
        // "20天前，我们来到溪山镇。" opens a story.
        guard !LineShape.isSentence(line) else { return false }
        let scalars = Array(line.unicodeScalars)
        let digits = scalars.prefix { NumeralReader.digit($0) != nil }.count
        guard digits > 0, digits <= 3 else { return false }
        let rest = String(String.UnicodeScalarView(scalars[digits...])).trimmingCharacters(in: .whitespaces)
        return ["天前", "小时前", "分钟前", "个月前", "年前", "周前"].contains { rest.hasPrefix($0) }
    }
}
