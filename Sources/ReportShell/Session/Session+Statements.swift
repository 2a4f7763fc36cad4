#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportIngest
import ReportModel
import ReportOutput
import ReportQuery

extension Session {
    /// Runs one statement through the engine and shows, saves or writes what it gives. `.timer`'s
    /// line is the time from reading the statement to its result written (parse, bind, run, render,
    /// write), wall clock and the process's CPU time.
    func runStatement(_ text: String) -> SessionStatus {
        if waitForTestDelay() { return interrupted() }
        let clock = ContinuousClock()
        let start = clock.now
        let startCPU = Session.processCPU()
        let result: StatementResult
        do {
            result = try database.execute(text, cancellation: cancellation)
        } catch {
            return cancellation.isCancelled ? interrupted() : fail(error, statement: text)
        }
        for warning in database.warnings {
            output.error(ErrorRenderer.render(warning, statement: text, location: location, warning: true))
        }
        let status: SessionStatus
        switch result {
        case .rows(let rows):
            remember(rows)
            show(rows)
            status = .success
        case .viewList(let rows):
            show(rows)
            status = .success
        case .viewCreated(let name, let replaced):
            if configuration.interactive { print("\(replaced ? "replaced" : "created") view \(name)\n") }
            status = saveViews(statement: text)
        case .viewDropped(let name):
            if configuration.interactive { print("dropped view \(name)\n") }
            status = saveViews(statement: text)
        case .unchanged(let message):
            if configuration.interactive { print(message + "\n") }
            status = .success
        case .export(let request):
            status = export(request, statement: text)
        }
        if settings.timer {
            let cpu = Duration.microseconds(Session.processCPU() - startCPU)
            inform("Run Time: \(Session.describe(clock.now - start)), CPU \(Session.describe(cpu))\n")
        }
        return status
    }

    /// The process's CPU time so far (user + system, every thread), in microseconds.
    static func processCPU() -> Int64 { ProcessCPU.microseconds() }

    /// "1.2 ms": milliseconds to one decimal.
    static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = (Double(seconds) * 1e4 + Double(attoseconds) / 1e14).rounded()
        let whole = Int(tenths) / 10
        return "\(whole).\(Int(tenths) % 10) ms"
    }

    /// After `create view` / `drop view`: the views file is rewritten.
    private func saveViews(statement: String) -> SessionStatus {
        guard let error = viewStore.save(database.savedViews) else { return .success }
        return fail(error)
    }

    private func interrupted() -> SessionStatus {
        output.error("interrupted\n")
        return .failure
    }

    /// The test hook (`SessionConfiguration.testQueryDelayMilliseconds`): waits, polling the token.
    /// Returns whether the wait was cancelled.
    private func waitForTestDelay() -> Bool {
        let milliseconds = configuration.testQueryDelayMilliseconds
        guard milliseconds > 0 else { return false }
        let deadline = ContinuousClock.now + .milliseconds(milliseconds)
        while ContinuousClock.now < deadline {
            if cancellation.isCancelled { return true }
            usleep(5_000)
        }
        return cancellation.isCancelled
    }
}
