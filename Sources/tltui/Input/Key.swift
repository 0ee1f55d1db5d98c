/// A key or terminal event, decoded by the backend.
enum Key: Equatable, Sendable {
    case char(Character)
    /// A control chord: `.ctrl("b")` is Ctrl-B.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int), wheelDown(x: Int, y: Int)

    /// How the help and the README name the key: "↓", "Space", "Ctrl-B"; ASCII names outside UTF-8.
    func label(ascii: Bool = false) -> String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .up: return ascii ? "Up" : "↑"
        case .down: return ascii ? "Down" : "↓"
        case .left: return ascii ? "Left" : "←"
        case .right: return ascii ? "Right" : "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .resize: return "resize"
        case .click: return "click"
        case .wheelUp, .wheelDown: return "wheel"
        }
    }
}
