import TimelineCore

/// What reaches the reducer: a key or terminal event, or the outcome of an effect the terminal layer ran.
enum Message: Equatable, Sendable {
    /// The browser has started: the first size is known.
    case start(Size)
    case key(Key)
    /// An effect finished; the text goes to the status line ("wrote 31 events to events.csv").
    case note(String)
    /// A load (at start or on `R`) has got this far.
    case loadProgress(LoadProgress)
    /// The chronology of the documents a load has analysed so far.
    case loadPartial(BrowserCorpus, LoadProgress)
    /// The load the browser started with is complete.
    case loaded(BrowserCorpus)
    /// A load could not finish (the paths went away): why.
    case loadFailed(String)
    /// `R` finished: the corpus loaded again.
    case reloaded(BrowserCorpus)
    /// A curation change was written: the file's entries now, and what the change was.
    case curationSaved(Curation, CurationOutcome)
    /// The curation file could not be read (on `R`): curating is off until it can.
    case curationUnreadable(String)
    /// An event's details were made in the background (`Effect.eventDetails`).
    case detailsReady(DetailsAsk)
    /// A picker's entries were counted in the background (`Effect.pickerEntries`).
    case pickerEntries(PickerAsk, [Picker.Entry])
    /// The search index of the corpus with this serial number is built (`Effect.searchIndex`).
    case searchIndexReady(Int)
}

/// Work with an effect outside the state: returned by the reducer as a value, run by the terminal layer
/// (Terminal/EffectRunner.swift), which answers with a `Message` when there is something to say.
enum Effect: Equatable, Sendable {
    /// Build the search index and filter facts in the background (the first frame does not wait).
    case buildIndexes(BrowserIndexes)
    /// Write `events` (indices into the chronology) in `format` to `path`, atomically.
    case export(ExportJob)
    /// Open a URL with the system's opener (xdg-open, open), or show it when there is none.
    case openURL(String)
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Load the corpus from its paths in the background, through the cache (only changed files are processed
    /// again), answering with its progress and partial chronologies, then `loaded` (or `reloaded` on `R`).
    case load(LoadJob)
    /// Change the curation file (add an entry, undo or redo one); answered with `Message.curationSaved`.
    case curate(CurationJob)
    /// Detail an event of many mentions off the main thread; answered with `Message.detailsReady`.
    case eventDetails(DetailsJob)
    /// Count a picker's entries off the main thread; answered with `Message.pickerEntries`.
    case pickerEntries(PickerJob)
    /// Build a corpus's search index off the main thread; answered with `Message.searchIndexReady`.
    case searchIndex(SearchIndexJob)
}

/// A load of the corpus's paths: the one the browser starts with, or `R`'s.
struct LoadJob: Equatable, Sendable {
    var paths: [String]
    var isSample: Bool
    var isReload: Bool
}

/// An export of the browser's current view.
struct ExportJob: Equatable, Sendable {
    var format: ExportFormat
    var path: String
    var chronology: Chronology
    var events: [Int]

}
