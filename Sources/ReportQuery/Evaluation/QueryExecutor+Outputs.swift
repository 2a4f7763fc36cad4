extension QueryExecutor {
    /// The outputs that are not bare columns (`bare[k] == nil`), each over every chunk of `chunks`
    /// in order, as one column; nil for the bare ones. On many rows (`Morsels`) the chunks are cut
    /// into runs, each run evaluated on its own thread into its own builders, and the runs' columns
    /// joined in run order: the columns one thread builds. A failing output gives the error of the
    /// first chunk (in order) where one fails, the one a single thread stops at.
    func computedOutputs(
        _ evaluator: Evaluator, _ outputs: [BoundExpression], bare: [Int?], chunks: [RowSelection], rows: Int
    ) throws(QueryError) -> [ColumnVector?] {
        let cancellation = self.cancellation
        let runs = Morsels.parts(of: chunks.count, rows: rows)
        let evaluated = ParallelChunks.map(runs) { run in
            Result { () throws(QueryError) -> [ColumnVector?] in
                var builders = outputs.map { ColumnBuilder($0.type) }
                for chunk in chunks[run] {
                    try cancellation?.check()
                    for (k, output) in outputs.enumerated() where bare[k] == nil {
                        builders[k].append(try evaluator.evaluate(output, chunk))
                    }
                }
                return outputs.indices.map { bare[$0] == nil ? builders[$0].build() : nil }
            }
        }
        var columns: [ColumnVector?] = outputs.map { _ in nil }
        for k in outputs.indices where bare[k] == nil {
            var joined = ColumnBuilder(outputs[k].type)
            for result in evaluated {
                guard let vector = try result.get()[k] else { continue }
                if evaluated.count == 1 { columns[k] = vector; break }
                joined.append(vector)
            }
            if columns[k] == nil { columns[k] = joined.build() }
        }
        return columns
    }
}
