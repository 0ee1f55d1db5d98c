/// A key or terminal event, decoded by the backend.
enum Key: Equatable, Sendable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int), wheelDown(x: Int, y: Int)
}

/// What a key does in the browser.
enum Action: Equatable, Sendable {
    case down, up, pageDown, pageUp, top, bottom
    case focusNext, focusPrevious
    case nextSource, previousSource, nextInArticle, previousInArticle, activate
    case cityPicker, sourcePicker, search, searchNext, searchPrevious, dateJump
    case clearFilters, help, quit
}

/// One entry of the keymap: the keys, the action and the help text (the help overlay draws this table).
struct Binding: Sendable {
    var keys: [Key]
    var label: String
    var action: Action
    var help: String
    var group: String
}

enum Keymap {
    static let bindings: [Binding] = [
        Binding(keys: [.down, .char("j")], label: "↓ j", action: .down, help: "next row / scroll down", group: "Move"),
        Binding(keys: [.up, .char("k")], label: "↑ k", action: .up, help: "previous row / scroll up", group: "Move"),
        Binding(keys: [.pageDown, .char(" ")], label: "PgDn", action: .pageDown, help: "page down", group: "Move"),
        Binding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "page up", group: "Move"),
        Binding(keys: [.home, .char("g")], label: "Home g", action: .top, help: "first event", group: "Move"),
        Binding(keys: [.end, .char("G")], label: "End G", action: .bottom, help: "last event", group: "Move"),
        Binding(keys: [.tab, .right], label: "Tab", action: .focusNext, help: "focus the next pane", group: "Panes"),
        Binding(keys: [.backTab, .left], label: "S-Tab", action: .focusPrevious, help: "focus the previous pane", group: "Panes"),
        Binding(keys: [.char("]")], label: "]", action: .nextSource, help: "next source of event", group: "Sources"),
        Binding(keys: [.char("[")], label: "[", action: .previousSource, help: "previous source of event", group: "Sources"),
        Binding(keys: [.char("}")], label: "}", action: .nextInArticle, help: "next event in article", group: "Sources"),
        Binding(keys: [.char("{")], label: "{", action: .previousInArticle, help: "previous event in article", group: "Sources"),
        Binding(keys: [.enter], label: "Enter", action: .activate, help: "event of sentence (source)", group: "Sources"),
        Binding(keys: [.char("c")], label: "c", action: .cityPicker, help: "filter by city", group: "Filter"),
        Binding(keys: [.char("s")], label: "s", action: .sourcePicker, help: "filter by source", group: "Filter"),
        Binding(keys: [.char("/")], label: "/", action: .search, help: "search text", group: "Filter"),
        Binding(keys: [.char("n")], label: "n", action: .searchNext, help: "next match", group: "Filter"),
        Binding(keys: [.char("N")], label: "N", action: .searchPrevious, help: "previous match", group: "Filter"),
        Binding(keys: [.char(":")], label: ":", action: .dateJump, help: "jump to a date", group: "Filter"),
        Binding(keys: [.escape, .char("x")], label: "Esc x", action: .clearFilters, help: "clear filters", group: "Filter"),
        Binding(keys: [.char("?")], label: "?", action: .help, help: "this help", group: "General"),
        Binding(keys: [.char("q")], label: "q", action: .quit, help: "quit", group: "General"),
    ]

    static func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
