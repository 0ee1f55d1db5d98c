@testable import tltui
import Testing

@Suite struct LayoutTests {
    @Test(arguments: [(140, 45), (120, 40), (100, 30)])
    func wideHasThreePanesSideBySide(_ w: Int, _ h: Int) {
        let l = Layout(width: w, height: h)
        #expect(l.kind == .wide)
        #expect(l.timeline.x == 0 && l.detail.x > l.timeline.width - 1 && l.source.x == l.detail.x)
        #expect(l.detail.y + l.detail.height == l.source.y)
        #expect(l.source.y + l.source.height == h - 1)
        #expect(l.status.y == h - 1)
        #expect(l.detail.x + l.detail.width == w)
    }

    @Test(arguments: [(99, 30), (80, 24), (40, 10)])
    func narrowShowsOnePaneUnderTabs(_ w: Int, _ h: Int) {
        let l = Layout(width: w, height: h)
        #expect(l.kind == .narrow)
        #expect(l.tabs.y == 0 && l.timeline == l.detail && l.detail == l.source && l.timeline.height == h - 2)
    }

    @Test(arguments: [(39, 24), (80, 9), (10, 5), (0, 0)])
    func tooSmallSaysSo(_ w: Int, _ h: Int) {
        #expect(Layout(width: w, height: h).kind == .tooSmall)
        let g = render(Fixture.state(width: w, height: h))
        if w >= 20 && h >= 3 { #expect(g.text.contains("terminal too small")) }
        #expect(g.width == max(0, w) && g.height == max(0, h))
    }

    @Test func growingBackRestoresThePanes() {
        var s = Fixture.state(width: 30, height: 8)
        #expect(render(s).text.contains("terminal too small"))
        s = press(s, .resize(width: 120, height: 40))
        let text = render(s).text
        #expect(text.contains("Timeline") && text.contains("Detail") && text.contains("Source"))
    }

    @Test func narrowTabLineFollowsFocus() {
        var s = Fixture.state(width: 80, height: 24)
        #expect(render(s).line(1).contains("Timeline"))
        s = press(s, .tab)
        #expect(render(s).line(1).contains("Detail"))
        s = press(s, .tab)
        #expect(render(s).line(1).contains("Source"))
    }
}
