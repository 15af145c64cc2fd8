//! The encodings a text file can have (utf-8, latin-1, ascii) and the error handlers, with
//! CPython's messages. In all three, `\n` and `\r` are one byte that never occurs inside a
//! longer sequence, so newline handling can work on bytes.

/// An encoding minivm can read and write.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    /// The encoding a name stands for, as Python's codec lookup normalises names.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let norm: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => Some(Encoding::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
                Some(Encoding::Latin1)
            }
            "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
            _ => None,
        }
    }

    /// The codec's own name, as error messages show it.
    pub fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }
}

/// The error handlers the codecs know.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
    /// Decoding gives U+FFFD where CPython gives a lone surrogate (minivm's str cannot hold
    /// one); encoding is strict, as no str here holds surrogates.
    SurrogateEscape,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "replace" => Errors::Replace,
            "ignore" => Errors::Ignore,
            "surrogateescape" => Errors::SurrogateEscape,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            _ => return None,
        })
    }
}

/// A failure to decode or encode: the message is CPython's exception text.
pub struct CodecError {
    pub decode: bool,
    pub message: String,
}

/// Decodes `bytes`. When `last` is false an incomplete sequence at the end is left over: the
/// result is the text and how many bytes it used.
pub fn decode(
    bytes: &[u8],
    enc: Encoding,
    errors: Errors,
    last: bool,
) -> Result<(String, usize), CodecError> {
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match enc {
            Encoding::Latin1 => {
                out.extend(bytes[i..].iter().map(|&b| b as char));
                return Ok((out, bytes.len()));
            }
            Encoding::Ascii => {
                let b = bytes[i];
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    bad_byte(&mut out, enc, errors, bytes, i, i + 1, "ordinal not in range(128)")?;
                }
                i += 1;
            }
            Encoding::Utf8 => match std::str::from_utf8(&bytes[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    return Ok((out, bytes.len()));
                }
                Err(e) => {
                    let good = i + e.valid_up_to();
                    out.push_str(std::str::from_utf8(&bytes[i..good]).unwrap_or_default());
                    let (len, reason) = match e.error_len() {
                        Some(n) if matches!(bytes[good], 0x80..=0xc1 | 0xf5..=0xff) => {
                            (n, "invalid start byte")
                        }
                        Some(n) => (n, "invalid continuation byte"),
                        None if !last => return Ok((out, good)),
                        None => (bytes.len() - good, "unexpected end of data"),
                    };
                    bad_byte(&mut out, enc, errors, bytes, good, good + len, reason)?;
                    i = good + len;
                }
            },
        }
    }
    Ok((out, bytes.len()))
}

/// Applies the error handler to the undecodable bytes `start..end`.
fn bad_byte(
    out: &mut String,
    enc: Encoding,
    errors: Errors,
    bytes: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Result<(), CodecError> {
    match errors {
        Errors::Strict | Errors::XmlCharRefReplace => {
            let name = enc.codec_name();
            let message = if end - start == 1 {
                format!(
                    "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    bytes[start]
                )
            } else {
                format!("'{name}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
            };
            return Err(CodecError { decode: true, message });
        }
        Errors::Replace | Errors::SurrogateEscape => out.push('\u{fffd}'),
        Errors::Ignore => {}
        Errors::BackslashReplace => {
            for b in &bytes[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
    }
    Ok(())
}

/// Encodes `text`, with CPython's message for a character the encoding cannot hold.
pub fn encode(text: &str, enc: Encoding, errors: Errors) -> Result<Vec<u8>, CodecError> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Latin1 => 0x100,
        Encoding::Ascii => 0x80,
    };
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            Errors::Strict | Errors::SurrogateEscape => {
                let name = enc.codec_name();
                let message = if end - i == 1 {
                    let n = c as u32;
                    let shown = match n {
                        0..=0xff => format!("'\\x{n:02x}'"),
                        0x100..=0xffff => format!("'\\u{n:04x}'"),
                        _ => format!("'\\U{n:08x}'"),
                    };
                    format!(
                        "'{name}' codec can't encode character {shown} in position {i}: ordinal not in range({limit})"
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        end - 1
                    )
                };
                return Err(CodecError { decode: false, message });
            }
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Errors::Ignore => {}
            Errors::BackslashReplace => {
                for c in &chars[i..end] {
                    let n = *c as u32;
                    let esc = match n {
                        0..=0xff => format!("\\x{n:02x}"),
                        0x100..=0xffff => format!("\\u{n:04x}"),
                        _ => format!("\\U{n:08x}"),
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Errors::XmlCharRefReplace => {
                for c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}
