// Placeholder: ReportQuery is built in its own change.
