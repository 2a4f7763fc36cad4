/// How a table appears in a report (`tables.*`):
/// - `text`: read in full;
/// - `partial`: read, but some rows are missing or could not be read (the warnings say which);
/// - `unread`: the table is there (its column headers or row labels are in the text) but not one figure
///   could be read (the warnings say why);
/// - `image`: pasted as an image (`[image: …]` in its section), figures null;
/// - `absent`: the report has no such table (at most its section heading).
enum TableStatus: String, Sendable {
    case text, partial, unread, image, absent
}
