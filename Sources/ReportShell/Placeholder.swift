// Placeholder: ReportShell is built in its own change.
