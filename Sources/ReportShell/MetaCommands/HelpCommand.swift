import ReportQuery
import ReportOutput

/// `.help [TOPIC]`: an overview (statements, commands, topics), or one topic.
struct HelpCommand: MetaCommand {
    let name = ".help"
    let usage = ".help [TOPIC]"
    let summary = "this overview, or one topic (listed below)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard let word = arguments.first else {
            session.print(HelpCommand.overview)
            return .success
        }
        guard arguments.count == 1 else { return wrongUsage(session, "one topic at a time") }
        guard let topic = HelpTopic.named(word) else {
            let topics = HelpTopic.allCases.map(\.rawValue)
            let hint = Suggestions.closest(to: word, among: topics).map { "did you mean '\($0)'?" }
            return session.usageError("no help topic '\(word)'", hint: hint ?? "topics: " + topics.joined(separator: ", "))
        }
        session.print(topic.text(viewsPath: session.configuration.viewsPath))
        return .success
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        index == 0 ? HelpTopic.allCases.map(\.rawValue) : []
    }

    static var overview: String {
        let names = MetaCommands.all.map { ([$0.usage] + $0.aliases).joined(separator: ", ") }
        let width = names.map { DisplayWidth.of($0) }.max() ?? 0
        let commands = zip(names, MetaCommands.all).map { names, command in
            "  " + DisplayWidth.pad(names, toWidth: width) + "  " + command.summary + "\n"
        }.joined()
        return """
            Statements (end with ';': until then Enter continues the statement on the next line):
              select agency, year, requests.new where requests.new > 0 order by year;
              create view v as select …;   drop view v;   views;   export v to 'v.csv';
            Commands (one line, starting with '.'):

            """ + commands + """
            Topics (.help TOPIC): \(HelpTopic.allCases.map(\.rawValue).joined(separator: ", "))
            Keys: Tab completes; Up/Down recall; Ctrl-C abandons the line or stops a query; Ctrl-D leaves.

            """
    }
}
