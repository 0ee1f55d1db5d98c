import CNcurses
import Foundation

/// The only code that talks to ncurses: starts the terminal, draws grids (changed cells only),
/// reads keys, and restores the terminal on every way out.
final class TerminalSession {
    private var previous: Grid?
    private let color: Bool
    /// Each style's attributes and colour pair, by raw value (looked up for every cell drawn).
    private var styleAttrs: [(attr_t, Int16)] = []
    let utf8: Bool
    private(set) var active = false

    /// Returns nil when the terminal cannot be driven (TERM unusable, "dumb").
    init?(noColor: Bool) {
        setlocale(LC_ALL, "")
        utf8 = tl_locale_is_utf8() != 0
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return nil }
        tl_install_crash_handlers()
        guard newterm(nil, tl_stdout(), tl_stdin()) != nil else { tl_restore_termios(); return nil }
        active = true
        atexit { if isendwin() == false { endwin() } }
        cbreak(); noecho(); nonl()
        keypad(tl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(tl_all_mouse_events(), nil)
        mouseinterval(0)
        let env = ProcessInfo.processInfo.environment
        color = !noColor && (env["NO_COLOR"] ?? "").isEmpty && has_colors()
        if color {
            start_color(); use_default_colors()
            for (style, fg, bg) in Self.palette { init_pair(Int16(style.rawValue + 1), Int16(fg), Int16(bg)) }
        }
        styleAttrs = Style.allCases.map(attrs)
    }

    static let palette: [(Style, Int32, Int32)] = [
        (.date, COLOR_CYAN, -1), (.conflict, COLOR_RED, -1), (.selected, COLOR_BLACK, COLOR_CYAN),
        (.highlight, COLOR_BLACK, COLOR_YELLOW), (.timex, COLOR_BLACK, COLOR_GREEN), (.titleFocus, COLOR_BLACK, COLOR_GREEN),
        (.titleBlur, COLOR_WHITE, COLOR_BLUE), (.status, COLOR_BLACK, COLOR_WHITE), (.mark, COLOR_YELLOW, -1),
        (.strip, COLOR_MAGENTA, -1), (.cursor, COLOR_YELLOW, -1), (.help, COLOR_WHITE, COLOR_BLUE),
        (.helpKey, COLOR_YELLOW, COLOR_BLUE), (.dateBound, COLOR_CYAN, -1), (.match, COLOR_BLACK, COLOR_MAGENTA),
    ]

    /// Attributes when there is no colour: highlights survive as reverse/bold/underline.
    private func attrs(_ s: Style) -> (attr_t, Int16) {
        if color {
            // Dim text keeps the terminal's own colour (blue on black was hard to read).
            if s == .dim { return (tl_a_dim(), 0) }
            let a: attr_t = [.titleFocus, .conflict, .selected, .mark, .helpKey, .match].contains(s) ? tl_a_bold()
                : s == .dateBound ? tl_a_dim() : tl_a_normal()
            return (a, s == .normal ? 0 : Int16(s.rawValue + 1))
        }
        switch s {
        case .selected, .status, .titleFocus, .highlight: return (tl_a_reverse(), 0)
        case .match: return (tl_a_reverse() | tl_a_underline(), 0)
        case .titleBlur, .conflict, .mark, .date, .helpKey: return (tl_a_bold(), 0)
        case .timex, .cursor: return (tl_a_underline(), 0)
        case .dim, .dateBound: return (tl_a_dim(), 0)
        default: return (tl_a_normal(), 0)
        }
    }

    /// Single-column stand-ins for common punctuation outside a UTF-8 locale (wide characters become "?" and a space).
    static let asciiFallback: [Character: Unicode.Scalar] = [
        "‘": "'", "’": "'", "‚": "'", "“": "\"", "”": "\"", "„": "\"", "–": "-", "—": "-", "−": "-", "…": "~",
        "·": ".", "▸": ">", "•": "*", "é": "e", "è": "e", "á": "a", "à": "a", "ó": "o", "ö": "o", "ü": "u", "í": "i", "ç": "c",
    ]

    var size: (width: Int, height: Int) { (Int(tl_cols()), Int(tl_lines())) }

    /// What the last `draw` did: cells changed, curses calls made, and the seconds its refresh (the write to the
    /// terminal) took (for `--debug-timing`).
    private(set) var lastDraw = (cells: 0, calls: 0, refresh: 0.0)

    /// Draws the cells that differ from the last grid drawn: in each row, from its first changed cell to its last,
    /// one curses call per run of one style (curses compares with the screen again and writes only what changed).
    func draw(_ g: Grid) {
        if previous?.width != g.width || previous?.height != g.height { erase(); previous = nil }
        var ws: [wchar_t] = []
        ws.reserveCapacity(g.width + 1)
        var cells = 0, calls = 0
        for y in 0..<g.height {
            guard let (first, last) = changedSpan(g, y) else { continue }
            var x = first
            while x <= last {
                let style = g[x, y].style
                let start = x
                ws.removeAll(keepingCapacity: true)
                while x <= last || (x < g.width && g[x, y].width == 0) {
                    let c = g[x, y]
                    if c.style != style && c.width > 0 { break }
                    x += 1
                    guard c.width > 0 else { continue }
                    cells += 1
                    if !utf8 && c.char.unicodeScalars.contains(where: { $0.value > 0x7E }) {
                        ws.append(wchar_t(UInt8(ascii: Self.asciiFallback[c.char] ?? "?")))
                    } else {
                        for u in c.char.unicodeScalars { ws.append(wchar_t(bitPattern: u.value)) }
                    }
                }
                ws.append(0)
                let (a, pair) = styleAttrs[style.rawValue]
                _ = tl_put_wstr(Int32(y), Int32(start), &ws, a, pair)
                calls += 1
            }
        }
        previous = g
        let t0 = BrowserTiming.now
        refresh()
        lastDraw = (cells, calls, BrowserTiming.now - t0)
    }

    /// The first and last column of row `y` that differ from the last grid drawn (the first moved back onto the
    /// wide character a changed right half belongs to); nil when the row is unchanged.
    private func changedSpan(_ g: Grid, _ y: Int) -> (Int, Int)? {
        guard let p = previous else { return g.width > 0 ? (0, g.width - 1) : nil }
        var first = -1, last = -1
        for x in 0..<g.width where p[x, y] != g[x, y] {
            if first < 0 { first = x }
            last = x
        }
        guard first >= 0 else { return nil }
        while first > 0 && g[first, y].width == 0 { first -= 1 }
        return (first, last)
    }

    /// Blocks for the next key or event.
    func nextKey() -> Key? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return nil }
        if r == tl_key_code_yes() {
            switch Int32(ch) {
            case tl_key_resize(): previous = nil; return .resize(width: size.width, height: size.height)
            case tl_key_up(): return .up
            case tl_key_down(): return .down
            case tl_key_left(): return .left
            case tl_key_right(): return .right
            case tl_key_ppage(): return .pageUp
            case tl_key_npage(): return .pageDown
            case tl_key_home(): return .home
            case tl_key_end(): return .end
            case tl_key_btab(): return .backTab
            case tl_key_enter(): return .enter
            case tl_key_backspace(), tl_key_dc(): return .backspace
            case tl_key_mouse():
                var ev = MEVENT()
                guard getmouse(&ev) == OK else { return nil }
                let x = Int(ev.x), y = Int(ev.y)
                if ev.bstate & tl_button4_pressed() != 0 { return .wheelUp(x: x, y: y) }
                if tl_button5_pressed() != 0 && ev.bstate & tl_button5_pressed() != 0 { return .wheelDown(x: x, y: y) }
                if ev.bstate & (tl_button1_pressed() | tl_button1_clicked() | tl_button1_released()) != 0 { return .click(x: x, y: y) }
                return nil
            default: return nil
            }
        }
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ch) + 0x60)))
        default:
            guard let u = Unicode.Scalar(UInt32(ch)), ch >= 32 else { return nil }
            return .char(Character(u))
        }
    }

    /// get_wch waits at most this long, then reports no key.
    func setKeyTimeout(milliseconds: Int32) { wtimeout(tl_stdscr(), milliseconds) }

    /// True when standard input has hung up or closed (the terminal went away).
    var inputHungUp: Bool { tl_stdin_hung_up() != 0 }

    /// False where OSC 52 is known not to reach a clipboard (the Linux console, no TERM).
    var clipboardLikely: Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return !(term.isEmpty || term == "linux" || term.hasPrefix("vt"))
    }

    /// Puts text on the terminal's clipboard with OSC 52 (terminals and tmux that allow it take it; others ignore it).
    func copyToClipboard(_ text: String) {
        guard clipboardLikely else { return }
        refresh()
        writeAll(STDOUT_FILENO, Data(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8))
    }

    func end() {
        guard active else { return }
        active = false
        endwin()
        tl_restore_termios()
    }
}
