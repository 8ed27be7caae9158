//! Source positions: files, byte spans, and their line:column rendering.
//!
//! A `Span` is a half-open byte range inside one source file. Positions are
//! rendered the way gc renders them: `path:LINE:COL`, both 1-based, the column
//! counted in bytes (a tab is one column). The `SourceMap` owns every file of a
//! build so that any span can be rendered later, by `diag.rs`.

use std::fmt;

/// Index of a file in the `SourceMap`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub struct FileId(pub u32);

/// A half-open byte range `lo..hi` in one file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub struct Span {
    pub file: FileId,
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(file: FileId, lo: u32, hi: u32) -> Span {
        Span { file, lo, hi }
    }

    /// The span covering both `self` and `other` (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// The empty span at the start of `self`: what gc reports for most nodes.
    pub fn start(self) -> Span {
        Span {
            file: self.file,
            lo: self.lo,
            hi: self.lo,
        }
    }
}

/// One source file: its path as the user named it, and its text.
///
/// Go source is UTF-8, but a file may hold invalid bytes. They are decoded
/// like `String::from_utf8_lossy` (one U+FFFD per maximal invalid sequence),
/// `invalid_utf8` records where each such replacement stands in `text`, and
/// positions are translated back to the file's own byte columns, so
/// diagnostics point where gc points.
pub struct SourceFile {
    /// The path printed in diagnostics (`./main.go`, as gc prints it).
    pub display: String,
    pub text: String,
    /// Offsets in `text` of the U+FFFD characters that replace invalid bytes.
    pub invalid_utf8: Vec<u32>,
    /// Byte offset of the start of every line.
    line_starts: Vec<u32>,
    /// `(offset in text just after a replacement, text bytes minus file bytes
    /// up to there)`, ascending; empty for valid UTF-8.
    shifts: Vec<(u32, i64)>,
}

impl SourceFile {
    pub fn new(display: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            display,
            text,
            invalid_utf8: Vec::new(),
            line_starts,
            shifts: Vec::new(),
        }
    }

    /// A file from raw bytes that need not be valid UTF-8 (see the type's doc).
    pub fn from_bytes(display: String, bytes: &[u8]) -> SourceFile {
        let mut text = String::with_capacity(bytes.len());
        let mut invalid = Vec::new();
        let mut shifts = Vec::new();
        let mut extra: i64 = 0;
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            let bad = chunk.invalid();
            if !bad.is_empty() {
                invalid.push(text.len() as u32);
                text.push('\u{fffd}');
                extra += 3 - bad.len() as i64;
                shifts.push((text.len() as u32, extra));
            }
        }
        let mut f = SourceFile::new(display, text);
        f.invalid_utf8 = invalid;
        f.shifts = shifts;
        f
    }

    /// The file byte offset of the text offset `pos`.
    fn raw_offset(&self, pos: u32) -> i64 {
        let i = self.shifts.partition_point(|&(at, _)| at <= pos);
        let extra = if i == 0 { 0 } else { self.shifts[i - 1].1 };
        pos as i64 - extra
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        if self.shifts.is_empty() {
            return (line as u32 + 1, pos - self.line_starts[line] + 1);
        }
        let col = self.raw_offset(pos) - self.raw_offset(self.line_starts[line]) + 1;
        (line as u32 + 1, col.max(1) as u32)
    }
}

/// Every file of one build.
#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, display: String, text: String) -> FileId {
        self.files.push(SourceFile::new(display, text));
        FileId(self.files.len() as u32 - 1)
    }

    /// Adds a file whose bytes may not be valid UTF-8.
    pub fn add_bytes(&mut self, display: String, bytes: &[u8]) -> FileId {
        self.files.push(SourceFile::from_bytes(display, bytes));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// `path:LINE:COL` for the start of `span`, as gc prints positions.
    pub fn pos(&self, span: Span) -> Pos<'_> {
        let f = self.file(span.file);
        let (line, col) = f.line_col(span.lo);
        Pos {
            path: &f.display,
            line,
            col,
        }
    }
}

/// A rendered position.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Pos<'a> {
    pub path: &'a str,
    pub line: u32,
    pub col: u32,
}

/// gc packs a column into 8 bits and leaves out the unknown column 255, so
/// columns from 255 on are not printed (`cmd/internal/src`'s `colMax`).
pub const GC_COL_MAX: u32 = 255;

impl fmt::Display for Pos<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.col >= GC_COL_MAX {
            return write!(f, "{}:{}", self.path, self.line);
        }
        write!(f, "{}:{}:{}", self.path, self.line, self.col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_keeps_file_columns() {
        // `x := "\xff\xfe"` then `y`: each invalid byte becomes U+FFFD (3 bytes)
        // in the text, but columns count the file's bytes, as gc's do.
        let f = SourceFile::from_bytes("a.go".into(), b"x := \"\xff\xfe\" z\ny\n");
        assert_eq!(f.invalid_utf8, [6, 9]);
        assert_eq!(f.line_col(6), (1, 7));
        assert_eq!(f.line_col(9), (1, 8));
        let z = f.text.find('z').unwrap() as u32;
        assert_eq!(f.line_col(z), (1, 11));
        let y = f.text.find('y').unwrap() as u32;
        assert_eq!(f.line_col(y), (2, 1));
    }
}
