// Placeholder: LineEditing is built in its own change.
