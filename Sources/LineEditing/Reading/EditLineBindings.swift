import CEditLine

/// The key bindings gongkai adds to libedit's emacs map: Tab completes, Ctrl-C abandons the
/// line, Ctrl-Z suspends, Ctrl-R searches the history backwards (as in readline), Ctrl/Alt-arrows
/// move by word.
///
/// While editing, the terminal generates no signals (`setty -d -isig`): Ctrl-C and Ctrl-Z are
/// keys, handled in order with the keys typed before them. As a signal, SIGINT could arrive
/// between two of libedit's `read` calls and be missed, and it would flush keys already typed.
enum EditLineBindings {
    static let completeFunction = "gongkai-complete"
    static let interruptFunction = "gongkai-interrupt"
    static let suspendFunction = "gongkai-suspend"

    /// The editor functions gongkai registers.
    struct Functions {
        let complete: cel_editor_fn
        let interrupt: cel_editor_fn
        let suspend: cel_editor_fn
    }

    static func install(on editor: OpaquePointer, functions: Functions) {
        cel_add_function(editor, completeFunction, "Complete the word before the cursor", functions.complete)
        cel_add_function(editor, interruptFunction, "Abandon the line", functions.interrupt)
        cel_add_function(editor, suspendFunction, "Suspend gongkai", functions.suspend)
        cel_set_editing_tty(editor, "-isig")
        let bindings: [(key: String, function: String)] = [
            ("^I", completeFunction),
            ("^C", interruptFunction),
            ("^Z", suspendFunction),
            ("^R", "em-inc-search-prev"),
            ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
            ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
        ]
        for binding in bindings {
            cel_bind(editor, binding.key, binding.function)
        }
    }
}
