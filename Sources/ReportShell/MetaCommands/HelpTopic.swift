/// The topics of `.help TOPIC`. Each text is short and says what the implementation does
/// (docs/query-language.md has the full reference).
enum HelpTopic: String, CaseIterable {
    case language, functions, fields, formats, views, export, commands

    /// The topic `word` names: its name, a unique start of it, or "meta"/"meta-commands" for commands.
    static func named(_ word: String) -> HelpTopic? {
        let lower = word.lowercased()
        if ["meta", "meta-commands", "metacommands"].contains(lower) { return .commands }
        if let exact = HelpTopic(rawValue: lower) { return exact }
        let matches = allCases.filter { $0.rawValue.hasPrefix(lower) }
        return matches.count == 1 ? matches[0] : nil
    }

    func text(viewsPath: String?) -> String {
        switch self {
        case .language: return HelpTopic.languageText
        case .functions: return HelpTopic.functionsText
        case .fields: return HelpTopic.fieldsText
        case .formats: return HelpTopic.formatsText
        case .views: return HelpTopic.viewsText(path: viewsPath)
        case .export: return HelpTopic.exportText
        case .commands: return HelpCommand.overview
        }
    }

    static let languageText = """
        select LIST [from NAME] [where E] [group by K, …] [having E] [order by E [asc|desc], …] [limit N [offset M]]
          LIST: * (every field, text included), headline.* (id agency province city county year and the
          headline figures), prefix.* (requests.new.*), fields, expressions, functions; 'as name' names
          a column. In a join, r.* and r.headline.* are table r's.
          from: reports (the default) or a view. Keywords are case-insensitive; a trailing ';' ends a statement.
        Names: canonical (requests.new.natural), a row path meaning its total (requests.new), or a Chinese
          alias (机关, 本年新收, 予以公开.自然人). Quote odd names with `backticks` or 「」.
        Text: 'single', "double" or “Chinese” quotes. Numbers: 12, 2.5, 1e3. Also true, false, null.
        Operators: or; and; not; = != <> < <= > >=, is [not] null, [not] in (…), [not] between … and …,
          [not] like ('%' any run, '_' one character), ~ (contains); || (text); + -; * /; unary -; x::type.
        case when c then v … [else e] end; cast(x as integer|decimal|text|bool|date); .help functions.
        Null means the report does not state the value (never 0): comparisons with null are null and
          where keeps only rows whose condition is true. Division by zero gives null.
        group by / order by take names, aliases or column numbers (order by 2 desc); nulls sort last.
        Across reports: from reports r join reports p on p.agency = r.agency and p.year = r.year - 1
          (left join, using (agency), subqueries and views; r.requests.new is table r's field);
          rank() over (partition by province order by requests.new desc), row_number dense_rank
          percent_rank cume_dist ntile lag lead first_value last_value, aggregates over (… rows between …);
          prev(x) / next(x): the same agency's value the year before / after (null when missing);
          select distinct, union [all], intersect, except, (select …), in (select …), exists, with t as (…).
          select 1 + 1 (no field, no from) is one row.
        Statements: create [or replace] view NAME as select …; drop view NAME; views;
          export NAME|select … to 'file.csv' [with bom] [partition by …].
        Example: select city, count(*), sum(requests.new) group by city order by 3 desc;

        """

    static let functionsText = """
        Aggregates (skip nulls; over no rows they give null, count gives 0):
          count(*), count(x), count(distinct x)   rows, non-null values, distinct values
          sum(x)        integers stay integers (overflow is an error)
          avg(x), median(x)                       decimals
          percentile(x, p)                        p from 0 to 100 (percentile(x, 90)), interpolated
          min(x), max(x)                          numbers, text or true/false
        Row functions:
          ratio(a, b)   a / b as a decimal; null when b is 0 or null
          coalesce(x, y, …)                       the first non-null argument
          round(x[, n]) half away from zero to n decimals (negative n: tens, hundreds …)
          abs(x), length(text)                    length counts characters
          source(field) 'file:line (table|narrative|derived)' where that row's value was read
          nullif(x, y)  null when x = y, else x
          greatest(x, …), least(x, …)            the largest / smallest non-null argument
          concat(x, …)  the arguments as text, nulls skipped ('a' || b is null when b is null)
          substr(s, start[, n]), replace(s, from, to), instr(s, part), lower(s), upper(s),
          trim(s[, chars]), ltrim(s[, chars]), rtrim(s[, chars])    characters counted from 1, as in SQLite
          year(d), month(d), day(d), date_diff('day'|'week'|'month'|'quarter'|'year', d1, d2)
                        dates are text 'YYYY-MM-DD' (published); date '2024-01-31' is a checked literal
          cast(x as integer|decimal|text|bool|date), x::type, try_cast(…) (null where cast fails)
        Aggregates take filter (where …): count(*) filter (where check.ok); avg(check.ok) is the
          share of true among the non-null values. case when c then v … [else e] end; case x when v then r … end.

        """

    static let fieldsText = """
        Every report has the same fields; a field the text does not state is null (never 0).
          identity      id, file, agency, dept, province, city, county, level, year, published, template,
                        tables.proactive / tables.requests / tables.review (text, partial, unread, image, absent)
          values in Chinese  level: 中央级 省级 市级/地市级 县级/区县级 乡镇级/乡级; template: 30号/2021版
                        60号/2019版 未知; tables.*: 文本 部分 未读 图片 缺失 — level = '县级' is level = 'county'.
                        Comparing with a value a field never takes warns with the values it takes.
          table 二      proactive.total, proactive.rules.issued … proactive.fees
          table 三      requests.ROW.COLUMN — rows new, carried_in, granted, partial, denied(.reason),
                        unavailable(.reason), not_processed(.reason), other_handling(.reason), processed,
                        carried_out; columns natural, business, research, ngo, legal_service, other_org,
                        org, total. requests.new alone means requests.new.total.
          table 四      review.OUTCOME, litigation.direct.OUTCOME, litigation.after_review.OUTCOME,
                        litigation.OUTCOME — outcomes upheld, corrected, other, pending, total
          narrative     processing_fee, proposals.npc, proposals.cppcc, proposals.total
          derived       requests.received, rate.granted, rate.disclosed, review.correction_rate …
          checks        check.balance, check.rows, check.processed, check.review, check.ok, warnings
          text          text, text.s1 … text.s6
        .fields PATTERN lists them with Chinese labels (.fields 申请, .fields requests.*.natural);
        .show ID shows one report; .source ID FIELD shows the line a value was read from.

        """

    static let formatsText = """
        .format MODE (or --format on the command line) chooses how results are shown:
          table      aligned columns; on a terminal, a table wider than it hides its middle columns (…)
          box        the same with Unicode box-drawing lines (sqlite3's and DuckDB's box mode)
          csv        RFC 4180, CRLF line ends, null as an empty field, '' as ""
          tsv        tab-separated; tabs, newlines and backslashes escaped; null as an empty field
          json       an array of objects, one per line; null as null
          jsonl      one JSON object per line
          markdown   a pipe table
          line       one 'name = value' line per field, a blank line between rows (.format only)
        .maxrows N limits table, line and chart output (0: all); .nullvalue TEXT changes how null shows.
        .mode is .format; .headers on|off shows the header row; .expanded on|off|auto (or \\x to
        toggle) shows one field per line: always, never, or when a table is wider than the terminal
        (off, the default, elides its middle columns instead; output to a pipe or a file is never
        elided). .width N1 N2 … sets table and box column widths (0 automatic, -N right-aligned,
        longer cells cut with …; .width alone resets). Command line: -q (no load summary), --no-header, --bom,
        -s TEXT (CSV's separator).

        """

    static func viewsText(path: String?) -> String {
        """
        create view NAME as select …;            names a query; use it as 'from NAME'
        create or replace view NAME as select …; changes it (refused if that breaks a view reading it)
        drop view NAME;                          refused while another view reads it
        create view if not exists …; drop view if exists NAME;   no error when it exists / is missing
        create temp view NAME as select …;       this session only, never written to the file
        views;  or  .views                       lists them
        Views are saved after each change to \(path ?? "nowhere (this session has no views file)"),
        a text file of 'create view' statements you may edit; one that no longer works (or reads a
        chain of more than 100 views) is reported with its line when gongkai starts, and kept in the file.

        """
    }

    static let exportText = """
        export NAME to 'file.csv';               every column of a view (or 'reports')
        export select … to 'out.json' [with bom];
        export NAME|select … to 'dir' partition by year[, province] [overwrite];
          The extension picks the format: .csv .tsv .json .jsonl .md, .sqlite/.db (a SQLite database:
          a table named after the view, or 'result' for a query, typed INTEGER/REAL/TEXT, bools 1/0;
          with an id column also 'sources' (id, field, file, line, origin) and 'warnings' (id,
          message)) and .parquet (one Parquet file). 'partition by' writes a Hive-style folder of
          Parquet files, dir/year=2022/province=山东省/part-0.parquet, that DuckDB, pyarrow, Polars
          and Spark read as one dataset; a folder that exists and is not empty is replaced only with
          'overwrite', and only if it holds nothing but such an export. 'with bom' starts a text file
          with a UTF-8 byte-order mark (for Excel). Relative paths are relative to the current
          directory; '~/' is your $HOME. Every file or folder is written whole (a temporary one
          renamed into place; a symbolic link is written through and stays a link); gongkai prints
          'wrote N rows to PATH'. Refused: a path with a control character (NUL …), a target inside a
          loaded corpus folder or that is a loaded report (by device and inode, however it is
          spelled), and an existing target that is not a regular file (a FIFO, a device, a folder;
          for 'partition by', anything but a folder). A temporary file a killed gongkai left beside a
          target is removed at the next start.
        .output FILE sends every result to FILE from then on (.output alone: back to the screen);
          .once FILE only the next statement's. Written as an export is (the same checks, renamed
          into place when the redirection ends), in the current .format, every row.

        """
}
