/// The -c statements and -f scripts in the order they were given on the command line.
/// (ArgumentParser collects each option into its own array, losing the order between them.)
enum ScriptInput: Equatable {
    case statement(String)
    case file(String)

    /// Interleaves `commands` and `files` by their places in `arguments`; if the arguments cannot be
    /// matched up (an unusual spelling), statements come first, then scripts.
    static func ordered(arguments: [String], commands: [String], files: [String]) -> [ScriptInput] {
        var found: [ScriptInput] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            for (names, make) in [(["-c", "--command"], ScriptInput.statement), (["-f", "--file"], ScriptInput.file)] {
                if names.contains(argument), index + 1 < arguments.count {
                    found.append(make(arguments[index + 1]))
                    index += 1
                } else if let long = names.last, argument.hasPrefix(long + "=") {
                    found.append(make(String(argument.dropFirst(long.count + 1))))
                }
            }
            index += 1
        }
        let matched = found.compactMap { if case .statement(let s) = $0 { s } else { nil } } == commands
            && found.compactMap { if case .file(let f) = $0 { f } else { nil } } == files
        return matched ? found : commands.map(ScriptInput.statement) + files.map(ScriptInput.file)
    }
}
