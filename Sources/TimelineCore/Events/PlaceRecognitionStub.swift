// TEMPORARY: the places stage defines these on its branch. Delete this file when it lands on main.

/// The places and government actors a recogniser found in a range of text.
public struct PlaceRecognition: Sendable, Equatable {
    public var places: [PlaceMention]
    public var governmentActors: [GovernmentActor]
    public var adjectives: [PlaceMention]

    public init(places: [PlaceMention] = [], governmentActors: [GovernmentActor] = [], adjectives: [PlaceMention] = []) {
        self.places = places
        self.governmentActors = governmentActors
        self.adjectives = adjectives
    }
}

/// A capital named for its government: "Kyiv claimed".
public struct GovernmentActor: Hashable, Sendable {
    public var range: TextRange
    public var place: Place
    public var name: String

    public init(range: TextRange, place: Place, name: String) {
        self.range = range
        self.place = place
        self.name = name
    }
}
