/// A real place from the gazetteer.
public struct Place: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, Codable { case city, country, region, site }
    /// GeoNames id (or a stable id of the project's own for sites and countries).
    public var id: Int
    /// Canonical English name: "Kyiv".
    public var name: String
    /// ISO 3166-1 alpha-2 country code: "UA".
    public var country: String
    public var kind: Kind
    public var population: Int
    /// For cities and sites: the first-level region id, when known.
    public var region: Int?

    public init(id: Int, name: String, country: String, kind: Kind, population: Int = 0, region: Int? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.kind = kind
        self.population = population
        self.region = region
    }
}

/// A place as a text mentions it: "to the North-West of Mariupol".
public struct PlaceMention: Hashable, Sendable {
    public enum Qualifier: String, Sendable, Hashable, Codable {
        case inside = "in", near, around, north = "north of", south = "south of", east = "east of", west = "west of"
        case northEast = "north-east of", northWest = "north-west of", southEast = "south-east of", southWest = "south-west of"
    }
    public var place: Place {
        get { shared.value }
        set { shared = Shared(newValue) }
    }
    public var range: TextRange {
        get { TextRange(Int(rangeStart), Int(rangeEnd)) }
        set { (rangeStart, rangeEnd) = (Int32(clamping: newValue.start), Int32(clamping: newValue.end)) }
    }
    public var qualifier: Qualifier
    /// The place behind one reference, which the mentions of a load share (`CorpusValues`), and the offsets in 32
    /// bits: 24 bytes a mention of a place, held by the event mentions naming it for the whole run (was 96, the
    /// `Place` copied into each).
    var shared: Shared<Place>
    private var rangeStart: Int32, rangeEnd: Int32

    public init(place: Place, range: TextRange, qualifier: Qualifier = .inside) {
        self.shared = Shared(place)
        (rangeStart, rangeEnd) = (Int32(clamping: range.start), Int32(clamping: range.end))
        self.qualifier = qualifier
    }
}

extension Array where Element == PlaceMention {
    /// The same mentions with their places' boxes handed out by `intern` (one box per distinct place).
    func sharingPlaces(_ intern: (Shared<Place>) -> Shared<Place>) -> [PlaceMention] {
        map { var m = $0; m.shared = intern(m.shared); return m }
    }
}
