import CEditLine

/// The key bindings gongkai adds to libedit's emacs map: Tab completes, Ctrl-R searches the
/// history backwards (as in readline), Ctrl/Alt-arrows move by word.
enum EditLineBindings {
    /// The name the completion function is registered under.
    static let completeFunction = "gongkai-complete"

    static func install(on editor: OpaquePointer, complete: cel_editor_fn) {
        cel_add_function(editor, completeFunction, "Complete the word before the cursor", complete)
        let bindings: [(key: String, function: String)] = [
            ("^I", completeFunction),
            ("^R", "em-inc-search-prev"),
            ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
            ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
        ]
        for binding in bindings {
            cel_bind(editor, binding.key, binding.function)
        }
    }
}
