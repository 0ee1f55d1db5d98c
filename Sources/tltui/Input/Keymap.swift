/// What a key does in the browser.
enum Action: Equatable, Sendable {
    case down, up, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case focusNext, focusPrevious, focusLeft, focusRight, focusPane(Pane), widenTimeline, narrowTimeline
    case nextSource, previousSource, nextInArticle, previousInArticle, activate, linkedEvent
    case cityPicker, sourcePicker, actorPicker, search, searchNext, searchPrevious, dateJump
    case conflictsOnly, modalityPicker, dateRange, textFilter
    case export, openURL, copyCitation, documents, reload
    case clearFilters, help, quit
    case curate(CurationAction)
}

/// What a key does in a picker (city, source).
enum PickerAction: Equatable, Sendable { case up, down, accept, cancel, deleteBack }

/// What a key does in the documents view.
enum DocumentsAction: Equatable, Sendable { case down, up, open, close }

/// What a key does in a prompt (search, date).
enum PromptAction: Equatable, Sendable { case accept, cancel, deleteBack }

/// One entry of a key table: the keys, what they do, and the help text; the help overlay draws these
/// tables, and labels come from the keys themselves, so neither can drift from what is bound.
struct Binding<A: Equatable & Sendable>: Sendable {
    var keys: [Key]
    var action: A
    var help: String
    var group: String

    func label(ascii: Bool = false) -> String { keys.map { $0.label(ascii: ascii) }.joined(separator: " ") }
}

extension Array {
    /// The action bound to `key` in a key table.
    func action<A>(for key: Key) -> A? where Element == Binding<A> { first { $0.keys.contains(key) }?.action }
}

/// The key tables. To add a key, add a row: the reducer looks actions up here and the help lists the row.
enum Keymap {
    static let bindings: [Binding<Action>] = [
        Binding(keys: [.down, .char("j")], action: .down, help: "next row / scroll", group: "Move"),
        Binding(keys: [.up, .char("k")], action: .up, help: "previous row", group: "Move"),
        Binding(keys: [.pageDown, .char(" "), .ctrl("f")], action: .pageDown, help: "page down", group: "Move"),
        Binding(keys: [.pageUp, .char("b"), .ctrl("b")], action: .pageUp, help: "page up", group: "Move"),
        Binding(keys: [.ctrl("d")], action: .halfPageDown, help: "half page down", group: "Move"),
        Binding(keys: [.ctrl("u")], action: .halfPageUp, help: "half page up", group: "Move"),
        Binding(keys: [.home, .char("g")], action: .top, help: "first event", group: "Move"),
        Binding(keys: [.end, .char("G")], action: .bottom, help: "last event", group: "Move"),
        Binding(keys: [.tab], action: .focusNext, help: "next pane", group: "Panes"),
        Binding(keys: [.backTab], action: .focusPrevious, help: "previous pane", group: "Panes"),
        Binding(keys: [.left, .char("h")], action: .focusLeft, help: "pane to the left", group: "Panes"),
        Binding(keys: [.right, .char("l")], action: .focusRight, help: "pane to the right", group: "Panes"),
        Binding(keys: [.char("1")], action: .focusPane(.timeline), help: "timeline pane", group: "Panes"),
        Binding(keys: [.char("2")], action: .focusPane(.detail), help: "detail pane", group: "Panes"),
        Binding(keys: [.char("3")], action: .focusPane(.source), help: "source pane", group: "Panes"),
        Binding(keys: [.char(">"), .char("+")], action: .widenTimeline, help: "widen the timeline", group: "Panes"),
        Binding(keys: [.char("<"), .char("-")], action: .narrowTimeline, help: "narrow the timeline", group: "Panes"),
        Binding(keys: [.char("]")], action: .nextSource, help: "next source", group: "Sources"),
        Binding(keys: [.char("[")], action: .previousSource, help: "previous source", group: "Sources"),
        Binding(keys: [.char("}")], action: .nextInArticle, help: "next in article", group: "Sources"),
        Binding(keys: [.char("{")], action: .previousInArticle, help: "previous in article", group: "Sources"),
        Binding(keys: [.enter], action: .activate, help: "open the selection", group: "Sources"),
        Binding(keys: [.char("L")], action: .linkedEvent, help: "plan ↔ outcome", group: "Sources"),
        Binding(keys: [.char("c")], action: .cityPicker, help: "filter by city", group: "Filter"),
        Binding(keys: [.char("s")], action: .sourcePicker, help: "filter by source", group: "Filter"),
        Binding(keys: [.char("A")], action: .actorPicker, help: "filter by actor", group: "Filter"),
        Binding(keys: [.char("/")], action: .search, help: "search text", group: "Filter"),
        Binding(keys: [.char("n")], action: .searchNext, help: "next match", group: "Filter"),
        Binding(keys: [.char("N")], action: .searchPrevious, help: "previous match", group: "Filter"),
        Binding(keys: [.char(":")], action: .dateJump, help: "jump to a date", group: "Filter"),
        Binding(keys: [.char("!")], action: .conflictsOnly, help: "conflicts only", group: "Filter"),
        Binding(keys: [.char("M")], action: .modalityPicker, help: "filter by modality", group: "Filter"),
        Binding(keys: [.char("t")], action: .dateRange, help: "filter by dates", group: "Filter"),
        Binding(keys: [.char("&"), .char("F")], action: .textFilter, help: "filter by text", group: "Filter"),
        Binding(keys: [.escape, .char("x")], action: .clearFilters, help: "clear filters", group: "Filter"),
        Binding(keys: [.char("D")], action: .documents, help: "documents, warnings", group: "Corpus"),
        Binding(keys: [.char("e")], action: .export, help: "export this view", group: "Corpus"),
        Binding(keys: [.char("o")], action: .openURL, help: "open article URL", group: "Corpus"),
        Binding(keys: [.char("y")], action: .copyCitation, help: "copy a citation", group: "Corpus"),
        Binding(keys: [.char("R")], action: .reload, help: "reload the files", group: "Corpus"),
        Binding(keys: [.char("*")], action: .curate(.star), help: "star / unstar", group: "Curate"),
        Binding(keys: [.char("a")], action: .curate(.note), help: "add a note", group: "Curate"),
        Binding(keys: [.char("@")], action: .curate(.setDate), help: "set the date", group: "Curate"),
        Binding(keys: [.char("=")], action: .curate(.setModality), help: "set the modality", group: "Curate"),
        Binding(keys: [.char("r")], action: .curate(.rename), help: "rename the event", group: "Curate"),
        Binding(keys: [.char("H")], action: .curate(.hideEvent), help: "hide / show event", group: "Curate"),
        Binding(keys: [.char("X")], action: .curate(.hideMention), help: "hide / show mention", group: "Curate"),
        Binding(keys: [.char("m")], action: .curate(.mark), help: "mark to merge", group: "Curate"),
        Binding(keys: [.char("J")], action: .curate(.merge), help: "merge marked here", group: "Curate"),
        Binding(keys: [.char("S")], action: .curate(.split), help: "split mention off", group: "Curate"),
        Binding(keys: [.char("u")], action: .curate(.undo), help: "undo curation", group: "Curate"),
        Binding(keys: [.ctrl("r")], action: .curate(.redo), help: "redo curation", group: "Curate"),
        Binding(keys: [.char("C")], action: .curate(.filter), help: "curation filter", group: "Curate"),
        Binding(keys: [.char("?")], action: .help, help: "this help", group: "General"),
        Binding(keys: [.char("q")], action: .quit, help: "quit", group: "General"),
    ]

    static let picker: [Binding<PickerAction>] = [
        Binding(keys: [.down], action: .down, help: "picker: next", group: "Picker"),
        Binding(keys: [.up], action: .up, help: "picker: previous", group: "Picker"),
        Binding(keys: [.enter], action: .accept, help: "picker: apply", group: "Picker"),
        Binding(keys: [.escape], action: .cancel, help: "picker: close", group: "Picker"),
        Binding(keys: [.backspace], action: .deleteBack, help: "picker: delete", group: "Picker"),
    ]

    static let prompt: [Binding<PromptAction>] = [
        Binding(keys: [.enter], action: .accept, help: "prompt: accept", group: "Prompt"),
        Binding(keys: [.escape], action: .cancel, help: "prompt: close", group: "Prompt"),
        Binding(keys: [.backspace], action: .deleteBack, help: "prompt: delete", group: "Prompt"),
    ]

    static let documents: [Binding<DocumentsAction>] = [
        Binding(keys: [.down, .char("j")], action: .down, help: "documents: next", group: "Documents"),
        Binding(keys: [.up, .char("k")], action: .up, help: "documents: previous", group: "Documents"),
        Binding(keys: [.enter], action: .open, help: "documents: open", group: "Documents"),
        Binding(keys: [.escape, .char("D"), .char("q")], action: .close, help: "documents: close", group: "Documents"),
    ]

    static func action(for key: Key) -> Action? { bindings.action(for: key) }
}
