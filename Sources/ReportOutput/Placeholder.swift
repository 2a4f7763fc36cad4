// Placeholder: ReportOutput is built in its own change.
