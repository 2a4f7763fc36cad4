/// Layout html: the report as a web page — the narrative as paragraphs, the tables as `<table>`s
/// (`HTMLTableRenderer`), with a navigation bar and a script the reader must skip.
enum HTMLPageRenderer {
    /// The page around the body lines (paragraphs and table markup, in order).
    static func page(title: String, body: [String]) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html><head><meta charset=\"utf-8\"><title>\(escaped(title))</title>",
            "<script>var pageId = \"\(escaped(title).count)\";</script></head>",
            "<body><nav><a href=\"/\">首页</a> &gt; <a href=\"/xxgk/\">政府信息公开</a> &gt; 年度报告</nav>",
            "<div class=\"article\">",
        ]
        lines += body
        lines += ["</div>", "</body></html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A narrative line as a paragraph; an empty line as nothing.
    static func paragraph(_ text: String) -> String {
        text.isEmpty ? "" : "<p>" + escaped(text) + "</p>"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
