import TimelineCore

/// A search waiting for its corpus's search index (`/` Enter, n or N before the index was built).
struct PendingSearch: Equatable, Sendable {
    var forward: Bool
    var includeCurrent: Bool
}

/// The work of `Effect.searchIndex`: the search index of one corpus, built off the main thread (on 10,000 articles it
/// takes up to a second or so) and kept by the corpus's indexes.
struct SearchIndexJob: Equatable, Sendable {
    var indexes: BrowserIndexes

    /// The corpus the index is for (`BrowserIndexes.serial`): what the answer names.
    var corpus: Int { indexes.serial }

    func run() { _ = indexes.text }
}

extension AppState {
    /// `/` Enter, n and N: the next match at once when the search index of the corpus on show is built; otherwise the
    /// search waits for it (the status line says so) while it is built in the background (`searchEffect`).
    mutating func find(forward: Bool, includeCurrent: Bool) {
        guard let search, !EventInfo.fold(search).isEmpty, !visible.isEmpty else { searchPending = nil; return }
        if indexes.textIfReady != nil {
            searchPending = nil
            findNext(forward: forward, includeCurrent: includeCurrent)
        } else {
            searchPending = PendingSearch(forward: forward, includeCurrent: includeCurrent)
        }
    }

    /// After every message: a waiting search runs once the corpus on show has its index; until then the index is
    /// asked for, one at a time (an index built for a corpus replaced meanwhile by more rows is followed by the next
    /// corpus's).
    mutating func searchEffect() -> Effect? {
        guard let pending = searchPending else { return nil }
        guard search != nil else { searchPending = nil; return nil }
        if indexes.textIfReady != nil {
            find(forward: pending.forward, includeCurrent: pending.includeCurrent)
            return nil
        }
        guard searchAsked == nil else { return nil }
        searchAsked = indexes.serial
        return .searchIndex(SearchIndexJob(indexes: indexes))
    }

    /// A search index is built (for the corpus `corpus`).
    mutating func searchIndexArrived(_ corpus: Int) {
        if searchAsked == corpus { searchAsked = nil }
    }

    /// The status line's word for a search waiting for its index.
    var searchLabel: String? {
        guard let q = search else { return nil }
        return "search: \(q)" + (searchPending == nil ? "" : " (indexing the text of \(AppState.grouped(chronology.events.count)) events…)")
    }
}
