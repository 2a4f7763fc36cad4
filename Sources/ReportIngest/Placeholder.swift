// Placeholder: ReportIngest is built in its own change.
