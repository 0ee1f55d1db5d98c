/// Where each pane goes for a terminal size. Wide (≥ 100 columns): timeline left, detail and source right.
/// Narrow: one pane at a time under a tab line. Below 40×10: too small.
struct Layout: Equatable {
    enum Kind: Equatable { case wide, narrow, tooSmall }
    static let minWidth = 40, minHeight = 10, wideWidth = 100

    let kind: Kind
    var timeline = Rect.zero, detail = Rect.zero, source = Rect.zero
    var tabs = Rect.zero, status = Rect.zero

    /// The timeline's share of a wide screen in percent: more of it as the screen widens (45 % at 100 columns,
    /// 55 % at 160, at most 60 %), moved by `adjust` (`<` and `>`), kept between 25 % and 80 %.
    static func timelineShare(width: Int, adjust: Int) -> Int {
        min(80, max(25, min(60, 45 + max(0, width - 100) / 6) + adjust))
    }

    init(width: Int, height: Int, splitAdjust: Int = 0) {
        if width < Self.minWidth || height < Self.minHeight { kind = .tooSmall; return }
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        if width >= Self.wideWidth {
            kind = .wide
            let lw = width * Self.timelineShare(width: width, adjust: splitAdjust) / 100
            timeline = Rect(x: 0, y: 0, width: lw, height: height - 1)
            let rw = width - lw - 1, dh = (height - 1) * 2 / 5
            detail = Rect(x: lw + 1, y: 0, width: rw, height: dh)
            source = Rect(x: lw + 1, y: dh, width: rw, height: height - 1 - dh)
        } else {
            kind = .narrow
            tabs = Rect(x: 0, y: 0, width: width, height: 1)
            let full = Rect(x: 0, y: 1, width: width, height: height - 2)
            timeline = full; detail = full; source = full
        }
    }

    /// Rows of events in the timeline pane (title, density strip and its date axis excluded).
    var timelineRows: Int { max(0, timeline.height - 3) }

    func rect(_ p: Pane) -> Rect { [timeline, detail, source][p.rawValue] }

    /// The pane under a point; in narrow layout, only the shown one counts.
    func pane(atX x: Int, y: Int, shown: Pane) -> Pane? {
        if kind == .narrow { return timeline.contains(x: x, y: y) ? shown : nil }
        return Pane.allCases.first { rect($0).contains(x: x, y: y) }
    }
}
