import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

extension Database {
    /// Writes the blob in `column` of the row `rowID` of `table` a piece at a time, through SQLite's incremental blob
    /// I/O: `body` is given a function that writes bytes at an offset. The blob must already have its final size (a
    /// `zeroblob(n)` inserted first): a large record then never has to be in memory whole, nor copied by SQLite.
    func writeBlob(table: String, column: String, rowID: Int64,
                   _ body: ((_ offset: Int, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        var handle: OpaquePointer?
        let opened = sqlite3_blob_open(sqliteConnection, "main", table, column, rowID, 1, &handle)
        guard opened == SQLITE_OK, let blob = handle else {
            if let handle { sqlite3_blob_close(handle) }
            throw DatabaseError(resultCode: ResultCode(rawValue: opened), message: lastErrorMessage)
        }
        defer { sqlite3_blob_close(blob) }
        let size = Int(sqlite3_blob_bytes(blob))
        try body { offset, bytes in
            guard offset >= 0, offset + bytes.count <= size else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "a write past the end of a blob")
            }
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            let written = sqlite3_blob_write(blob, base, Int32(bytes.count), Int32(offset))
            guard written == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: written), message: lastErrorMessage) }
        }
    }
}
