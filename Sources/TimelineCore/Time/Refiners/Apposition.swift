/// Refiner: apposition. ", the day before …" restates the expression right before it.
extension TaggerRun {
    /// The expression that ends right before ", " at token i (an apposition restates it), if any.
    func restated(_ i: Int) -> Resolved? {
        guard let last = focus.lastEmitted, w(i - 1) == ",", last.end == i - 1 else { return nil }
        return last.r
    }
}
