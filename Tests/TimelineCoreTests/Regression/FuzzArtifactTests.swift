import Foundation
import Testing
@testable import TimelineCore

/// Inputs libFuzzer reported, kept byte for byte (base64, as the fuzz target received them) and replayed through
/// the same split and pipeline as Fuzz/Target/FuzzPipeline.swift.
@Suite struct FuzzArtifactTests {
    /// Splits like the fuzz target: parts at lines `%%%%`, a first part opening with `%%sidecar` is the sidecar.
    static func replay(base64 lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Chronology {
        let bytes = [UInt8](Data(base64Encoded: lines.joined())!)
        let separator = Array("\n%%%%\n".utf8), tag = Array("%%sidecar\n".utf8)
        var parts: [[UInt8]] = []
        var start = 0, i = 0
        while i + separator.count <= bytes.count {
            if bytes[i..<(i + separator.count)].elementsEqual(separator) {
                parts.append(Array(bytes[start..<i])); i += separator.count; start = i
            } else { i += 1 }
        }
        parts.append(Array(bytes[start...]))
        var sidecar: String?
        if let first = parts.first, first.starts(with: tag) {
            sidecar = String(decoding: first.dropFirst(tag.count), as: UTF8.self)
            parts.removeFirst()
        }
        return FuzzReplay.run(bytes: Array(parts.prefix(16)), sidecar: sidecar, sourceLocation: sourceLocation)
    }

    /// timeout-3fc95682d62f5a61da88b1542e8936d7b7977b87 (run of 2026-11-23 18:24, over 10 s): three mangled copies of the
    /// test articles, one with invalid UTF-8. It replays in under a second under ASan (0.8 s, and 0.4 s in a debug build):
    /// the timeout came from the machine's load (14 jobs on 2 cores) while the fuzzer ran at nice 10. Kept so that a
    /// real slowdown on this shape shows up.
    @Test func mangledTestArticles() {
        let c = Self.replay(base64: Self.timeout3fc95682)
        #expect(c.documents.count == 3)
        #expect(c.diagnostics.contains { $0.message.contains("invalid UTF-8") })
        #expect(!c.events.isEmpty)
    }

    static let timeout3fc95682 = [
        "LS0tCnNvdXJjZTogQmF5IEhlcmFsZApwdWJsaXNoZWQ6bWF0dGVyIHdpbnMgd2hlcmUgYSBmaWxlIGhhcyBpdHMgb3duKS4KbjAu",
        "dHh0OgogIHNvdXJjZTogRGVsdGEgV2lyZSAoQUZQKQogIHB1Ymxpc2hlZDogMjAyNC0wNy0xNQoKJSUlJQpCYW5nbGFkZXNoIGFu",
        "ZCBJbmRpYSB0byBtZWV0IG9uIGZsb29kcwpEaGFrYSwgSnVseSAxNSAoQUZQKSDigJMgVGFsa25lc2RheSwgYWZ0ZXIgRGhha2Eg",
        "Y2xhaW1lZCB0aGF0IGl0cyBzb2xkaWVycyBoYXZlIGV2YWN1YXRlZCB2aWxsYWdlcyBuZWFyIHR3byBub3J0aGVybiB0b3ducy4K",
        "U2hlaWtoIFJhaG1hbiwgYSBzcG9rZXNtYW4gZm9yIHRoZSBCYW5nbGFkZXNoaSB3YXRlciBzIGJldHdlZW4gQmFuZ2xhZGVzaCBh",
        "bmQgSW5kaWEgb24gZmxvb2QgY29udHJvbCBjb3VsZCB0YWtlIHBsYWNlIGluIENhbGN1dHRhIG9uYWxrcyBpbiBLb2xrYXRhIgot",
        "LS0KRmxvb2RzOiBJbmRpYSBhbmQgQmFuZ2xhZGVzaCB0byBob2xkIHdhdGVyIHRhbGtzIGluIEtvbGthdGEKSW5kaWEgYW5kIEJh",
        "bmdsYWRlc2ggd2lsbCBob2xkIHRhbGtzIG9uIGZsb29kIGNvbnRyb2wgaW4gS29sa2F0YSBvbiBXZWRuZXNkYXksIGFmdGVyIERo",
        "YWthIGNsYWltZWQgdGhhdCBpdHMgc29sZGllcnMgaGF2ZSBldmFjdWF0ZWQgdmlsbGFnZXMgbmVhciB0d28gbm9ydGhlcm4gdG93",
        "bnMuClNoZWlraCBSYWhtYW4sIGEgc3Bva2VzbWFuIGZvciB0aGUgQmFuZ2xhZGVzaGkgd2F0ZXIgbWluaXN0cnksIHRvZGF5IHNh",
        "aWQgdGhhdCB0aGUgdHdvIGRlbGVnYXRpb25zIHdpbGwgbWVldCBiZXR3ZWVuIDE3IGFuZCAxOCBKdWx5LgpIZWF2eSByYWluIGZs",
        "b29kZWQgdmlsbGFnZXMgbm9ydGggb2YgU2lsaWd1cmkgb24gRnJpZGF5LCBvZmZpY2lhbHMgc2FpZC4KQXJqdW4gTWVodGEsIHRo",
        "ZSBkaXN0cmljdCBtYWdpc3RyYXRlIG9mIEphbHBhaWd1cmksIHNhaWQgdGhhdCB0aGUgcml2ZXIgd2FzIHN0aWxsIHJpc2luZy4K",
        "4oCcV2UgaGF2ZSBldmFjdWF0ZWQgbW9yZSB0aGFuIDEyLDAwMCBwZW9wbGUgdG8gaGlnaGVyIGdyb3VuZC4gVGhlIHdhdGVyIGlz",
        "IHN0aWxsIHJpc2luZyzigJ0gaGUgc2FpZC4KQWZ0ZXIgYSBkZXZhc3RhdGluZyBmbG9vZCBhdCBKYWxwYWlndXJpICAyMDI0LTA3",
        "LTE0CnRpdGxlOiAiRmxvb2RzOiBJbmRpYSBhbmQgQmFuZ2xhZGVzaCB0byBob2xkIHdhdGVyIHRhbGtzIGluIEtvbGthdGEiCi0t",
        "LQpGbG9vZHM6IEluZGlhIGFuZCBCYW5nbGFkZXNoIHRvIGhvbGQgd2F0ZXIgdGFsa3MgaW4gS29sa2F0YQpJbmRpYSBhbmQgQmFu",
        "Z2xhZGVzaCB3aWxsIGhvbGQgdGFsa3Mgb24gZmxvb2QgY29udHJvbCBpbiBLb2xrYXRhIG9uIFdlZG5lc2RheSwgYWZ0ZXIgRGhh",
        "a2EgY2xhaW1lZCB0aGF0IGl0cyBzb2xkaWVycyBoYXZlIGV2YWN1YXRlZCB2aWxsYWdlcyBuZWFyIHR3byBub3J0aGVybiB0b3du",
        "cy4KU2hlaWtoIFJhaG1hbiwgYSBzUm9rZXNtYW4gZm9yIHRoZSBCYW5nbGFkZXNoaSB3YHRlciBtaW5pc3RyeSwgdG9kYXkgc2Fp",
        "ZCB0aGF0IHRoZSB0d28gZGVsZWdhdGlvbnMgd2lsbCBtZWFzaW9uIGhhcyBzZWVuIHRoZW0gdW5hYmxlIHRvDQogdGFrZSBtYWpv",
        "ciBVa3JhaW5pYW4gY2l0aWVzIHN1Y2ggYXMgS3lpdiwgS2hhcmtpdiwgTWFyaXVwb2wgb3IgT2Rlc3NhLgpIb3dldmVyLCBQdXRp",
        "buKAmXMgdHJvb3BzIGhhdmUgaW5mbGljdGVkIHNlcmlvdXMgZGFtYWdlIG9uIHRoZXNlIGNpdGllcyBhbmQgdGhlaXIgaW5oYWJp",
        "dGFudHMgYXMgdGhleSBib21iIGNpdmlsaWFuIGJ1aWxkaW5ncyBhbmQgYmxvY2sgb2ZmIHN1cHBseSByb3V0ZXMuClRoZSBVa3Jh",
        "aW5pYW4gYXJteSB0b2RheSBjbGFpbWVkIHRoYXQgaXQgaGFkIHJlLXRha2VuIHZpbGxhZ2VzIHRvIHRoZSBFYXN0IG9mIEtoYXJr",
        "aXYgYW5kIHRvIHRoZSBOb3J0aC1XZXN0IG9mIE1hcml1cG9sLgpVa3JhaW5pYW4gb2ZmaWNpYWxzIGFsc28gY2xhaW1lZCB0aGF0",
        "IFJ1c3NpYW4gZm9yY2VzIGZpcmVkIG9uIGEgbnVjbGVhciBmYWNpbGl0eSBpbiBLaGFya2l2LgpCcml0aXNoIGVkdWNhdGlvbiBz",
        "ZWNyZXRhcnkgTmFkaGltIFphaGF3aSB0b2xkIFNreSBOZXdzIHRvZGF5IHRoYXQg4oCcdGhlIFJ1c3NpYW4gbWlsaXRhcnkgaGFz",
        "IG1pc2NhbGN1bGF0ZWTigJ0gYW5kIGlzIGZhcmluZyB2ZXJ5IHBvb3JseSwgYnV0IHdhcm5lZCBvZiBmdXJ0aGVyIFJ1c3NpYW4g",
        "YXRyb2NpdGllcy4K4oCcVGhlIGltcG9ydGFudCB0aGluZyB0byByZW1lbWJlciBpcyB0aGF0IHRoZXJlIGlzIGV2aWRlbmNlIHRo",
        "YXQgd2FyIGNyaW1lcyBoYXZlIGJlZW4gY29tbWl0dGVkIGluIFVrcmFpbmUsIHRoZSB0YXJnZXRpbmcgb2a4IGNpdmlsaWFuIGFy",
        "ZWFzLOKAnSBoZSBzYWlkLgrigJxUaGUgZGVwdXR5IFByaW1lIE1pbmlzdGVyIERvbWluaWMgUmFhYiBoYXMgYmVlbiB3b3JraW5n",
        "IHdpdGggdGhlIGludGVybmF0aW9uYWwgY3JpbWluYWwgY291cnQgdG8gbWFrZSBzdXJlIHRoYXQgdGhhdCBldmlkZW5jZSBpcyB3",
        "ZWxsIGRvY3VtZW50ZWQsIHdlbGwgY29sbGVjdGVkLCBzbyB0aG9zZSB3aG8gY29tbWl0IHdhciBjcmltZXMga25vdyB0aGF0IHRo",
        "ZXJlIHdpbGwgYmUgYSBkYXkgb2YgcmVja29uaW5nLuKAnQpaZWxlbnNreSBwbGVhZGVkIHdpdGggTmF0byBjb3VudHJpZXMgb3Zl",
        "ciB0aGUgd2Vla2VuZCB0byBwcm92aWRlIFVrcmFpbmlhbiBmb3JjZXMgd2l0aCBtb3JlIGFybXMgdG8gZmlnaHQgYmFjayB0aGUg",
        "aW52YWRpbmcgUnVzc2lhbiBmb3JjZXMuCuKAnEnigJl2ZSB0YWxrZWQgdG8gd2lsbCBob2xkIHRhbGtzIG9uIGZsb29kIGNvbnRy",
        "b2wgaW4gS29sa2F0YSBvbiBXZWRuZXNkYXksIGFmdGVyIERoYWthIGNsYWltZWQgdGhhdCBpdHMgc29sZGllcnMgaGF2ZSBldmFj",
        "dWF0ZWQgdmlsbGFnZXMgbmVhciB0d28gbm9ydGhlcm4gdG93bnMuClNoZWlraCBSYWhtYW4sIGEgc3Bva2VzbWFuIGZvciB0aGUg",
        "QmFuZ2xhZGVzaGkgd2F0ZXIgbWluaXN0cnksIHRvZGF5IHNhaWQgdGhhdCB0aGUgdHdvIGRlbGVnYXRpb25zIHdpbGwgbWVhc2lv",
        "biBoYXMgc2VlbiB0aGVtIHVuYWJsZSB0byB0YWtlIG1ham9yIFVrcmFpbmlhbiBjaXRpZXMgc3VjaCBhcyBLeWl2LCBLaGFya2l2",
        "LCBNYXJpdXBvbCBvciBPZGVzc2EuCkhvd2V2ZXIsIFB1dGlu4oCZcyB0cm9vcHMgaGF2ZSBpbmZsaWN0ZWQgc2VyaW91cyBkYW1h",
        "Z2Ugb24gdGhlc2UgY2l0aWVzIGFuZCB0aGVpciBpbmhhYml0YW50cyBhcyB0aGV5IGJvbWIgY2l2aWxpYW4gYnVpbGRpbmdzIGFu",
        "ZCBibG9jayBvZmYgc3VwcGx5IHJvdXRlcy4KVGhlIFVrcmFpbmlhbiBhcm15IHRvZGF5IGNsYWltZWQgdGhhdCBpdCBoYWQgcmUt",
        "dGFrZW4gdmlsbGFnZXMgdG8gdGhlIEVhc3Qgb2YgS2hhcmtpdiBhbmQgdG8gdGhlIE5vcnRoLVdlc3Qgb2YgTWFyaXVwb2wuClVr",
        "cmFpbmlhbiBvZmZpY2lhbHMgYWxzbyBjbGFpbWVkIHRoYXQgUnVzc2lhbiBmb3JjZXMgZmlyZWQgb24gYSBudWNsZWFyIGZhY2ls",
        "aXR5IGluIEtoYXJraXYuCkJyaXRpc2ggZWR1Y2F0aW9uIHNlY3JldGFyeSBOYWRoaW0gWmFoYXdpIHRvbGQgU2t5IE5ld3MgdG9k",
        "YXkgdGhhdCDigJx0aGUgUnVzc2lhbiBtaWxpdGFyeSBoYXMgbWlzY2FsY3VsYXRlZOKAnSBhbmQgaXMgZmFyaW5nIHZlcnkgcG9v",
        "cmx5LCBidXQgd2FybmVkIG9mIGZ1cnRoZXIgUnVzc2lhbiBhdGhlIGRlZmVuZGVycyBvZiBNYXJpdXBvbCB0b2RheS4gSeKAmW0g",
        "aW4gY29uc3RhbnQgY29udGFjdCB3aXRoIHRoZW0uIFRoZWlyIGRldGVybWluYXRpb24sIGhlcm9pc20gYW5kIGZpcm1uZXNzIGFy",
        "ZSBhc3RvbmlzaGluZyzigJ0gWmVsZW5za3kgc2FpZArigJzigJhJZiBvbmx5IHRob3NlIHdobyBoYXZlIGJlZW4gdGhpbmtpbmcg",
        "Zm9yIDMwIGRheXMgb24gaG93IHRvIGhhbmQgb3ZlciBkb3plbnMgb2YgamV0cyBhbmQgdGFua3MgaGFkIG9uZSBwZXIgY2VudCBv",
        "ZiB0aGVpciBjb3VyYWdlLgrigJxXZSBuZWVkIG1vcmUgYW1tdW5pdGlvbi4gV2XigJl2ZSBhbHJlYWR5IGJlZW4gd2FpdGluZyAz",
        "MSBkYXlzLiBXaGF0IGlzIE5hdG8gZG9pbmc/4oCdCiUlJSUKTW9zY293LCBNYXJjaCAyOCwoZHBhL0dOQSkg4oCTIEZhY2UtdG8t",
        "ZmFjZSBwZWFjZSBuZWdvdGlhdGlvbnMgYmV0d2VlbiBkZWxlZ2F0aW9ucyBmcm9tIFVrcmFpbmUgYW5kIFJ1c3NpYSBjb3VsZCB0",
        "YWtlIHBsYWNlIGluIElzdGFuYnVsIG9uIFR1ZXNkYXksIHNheXMgdGhlIEtyZW1saW4uCuKAnFRvZGF5IHRoZXkgd2lsbCBwcm9i",
        "YWJseSBub3QgY29udGludWUgdGhlcmUs4oCdIEtyZW1saW4gc3Bva2VzcGVyc29uIERtaXRyeSBQZXNrb3Ygc2FpZCBvbiBNb25k",
        "YXksIGFjY29yZGluZyB0byB0aGUgSW50ZXJmYXggbmV3cyBhZ2VuY3kuIOKAnFdlIGV4cGVjdCB0aGF0LCB0aGVvcmV0aWNhbGx5",
        "LCBpdCBjb3VsZCBoYXBwZW4gdG9tb3Jyb3cu4oCdClRoZSBoZWFkIG9mIHRoZSBSdXNzaWFuIGRlbGVnYXRpb24sIFZsYWRpbWly",
        "IE1lZGluc2t5LCBoYWQgc2FpZCB0aGF0IGEgbmV3IHJvdW5kIG9mIGZhY2UtdG8tZmFjZSBtZWV0aW5ncyB3YXMgcGxhbm5lZCB0",
        "byBzdGFydCBvbiBUdWVzZGF5LCBhZnRlciBhYm91dCB0d28gd2Vla3Mgb2Ygb25saW5lIG5lZ290aWF0aW9ucy4gVGhlIFVrcmFp",
        "bmlhbiBzaWRlIGluaXRpYWxseSBzcG9rZSBvZiBhIHN0YXJ0IHRvIHRoZSBuZWdvdGlhdGlvbnMgYXMgZWFybHkgYXMgTW9uZGF5",
        "LgpMYXRlciwgdGhlIG5ld3NwYXBlciBVa3JheWluc2thIFByYXZkYSwgY2l0aW5nIGl0cyBvd24gc291cmNlcywgcmVwb3J0ZWQg",
        "dGhhdCB0aGUgZGVsZWdhdGlvbnMgd291bGQgdHJhdmVsIHRvIElzdGFuYnVsIG9uIE1vbmRheSwgYnV0IHdvdWxkIG5vdCBiZWdp",
        "biB0YWxrcyB1bnRpbCBUdWVzZGF5LgpBY2NvcmRpbmV0IGJldHdlZW4gMTcgYW5kIDE4IEp1bHkuCkhlYXZ5IHJhaW4gZmxvb2Rl",
        "ZCB2aWxsYWdlcyBub3J0aCBvZiBTaWxpZ3VyaSBvbiBGcmlkYXksIG9mZmljaWFscyBzYWlkLgpBcmp1biBNZWh0YSwgdGhlIGRp",
        "c3RyaWN0IG1hZ2lzdHJhdGUgb2YgSmFscGFpZ3VyaSwgc2FpZCB0IHRhaHRlIGhyaXZlciB3YXMgc3RpbGwgcmlzaW5nLgrigJxX",
        "ZSBoYXZlIGV2YWN1YXRlZCBtb3JlIHRoYW4gMTIsMDAwIHBlb3BsZSB0byBoaWdoZXIgZ3JvdW5kLiBUaGUgd2F0ZXIgaWVkIG1v",
        "cmUgdGhhbiAxMiwwMDBoZSBzYWlkLgpBZnRlciBhIGRldmFzdGF0aW5nIGZsb29kIGF0IEphbHBhaWd1cmkgaW4gMTk2OCwgYSBu",
        "ZXcgZW1iYW5rbWVudCB3YXMgYnVpbHQgYWxvbmcgdGhlIHJpdmVyLgo=",
    ]
}
