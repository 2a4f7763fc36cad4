// Placeholder: ReportSynth is built in its own change.
