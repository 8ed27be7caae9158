//! Test recipes: the first line of every `.go` test, as in Go's `test/` tree.
//!
//! Supported: `// run [ARGS...]` (build, run, compare with goldens; program
//! arguments may also be given on line 2 as `// args: a b`), `// compile`
//! (must build), `// errorcheck [-0|-1] [GCFLAGS...]` (compile and match
//! `// ERROR` comments; compilation must fail unless `-0`, as in Go's
//! run.go, so escape-analysis tests say `// errorcheck -0 -m -l`), and
//! `// skip [REASON]`.

/// What a test file asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipe {
    Run {
        args: Vec<String>,
    },
    Compile {
        gcflags: Vec<String>,
    },
    ErrorCheck {
        gcflags: Vec<String>,
        want_error: bool,
    },
    Skip(String),
}

/// Splits a line into words like Go's `splitQuoted`: blanks separate words,
/// single or double quotes group them (quotes are removed).
pub fn split_quoted(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                in_word = true;
            }
            None if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            None => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err(format!("unterminated quote in {s:?}"));
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Parses the recipe of a test whose source is `src`.
pub fn parse(src: &str) -> Result<Recipe, String> {
    let mut lines = src.lines();
    let first = lines.next().unwrap_or("");
    let Some(rest) = first.strip_prefix("//") else {
        return Err(format!("line 1 is not a recipe comment: {first:?}"));
    };
    let words = split_quoted(rest)?;
    let Some((action, args)) = words.split_first() else {
        return Err("empty recipe on line 1".into());
    };
    let flags_then_args = |args: &[String]| {
        let n = args.iter().take_while(|a| a.starts_with('-')).count();
        (args[..n].to_vec(), args[n..].to_vec())
    };
    match action.as_str() {
        "run" => {
            let (flags, mut prog_args) = flags_then_args(args);
            if !flags.is_empty() {
                return Err(format!(
                    "// run: go-command flags are not supported: {flags:?}"
                ));
            }
            if let Some(a) = lines.next().and_then(|l| l.strip_prefix("// args:")) {
                prog_args.extend(split_quoted(a)?);
            }
            Ok(Recipe::Run { args: prog_args })
        }
        "compile" => {
            let (gcflags, extra) = flags_then_args(args);
            if !extra.is_empty() {
                return Err(format!("// compile: unexpected arguments {extra:?}"));
            }
            Ok(Recipe::Compile { gcflags })
        }
        "errorcheck" => {
            let (flags, extra) = flags_then_args(args);
            if !extra.is_empty() {
                return Err(format!("// errorcheck: unexpected arguments {extra:?}"));
            }
            let mut want_error = true;
            let mut gcflags = Vec::new();
            for f in flags {
                match f.as_str() {
                    "-0" => want_error = false,
                    "-1" => want_error = true,
                    _ => gcflags.push(f),
                }
            }
            Ok(Recipe::ErrorCheck {
                gcflags,
                want_error,
            })
        }
        "skip" => Ok(Recipe::Skip(args.join(" "))),
        other => Err(format!("unknown recipe {other:?} on line 1")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipes() {
        assert_eq!(
            parse("// run\npackage main"),
            Ok(Recipe::Run { args: vec![] })
        );
        assert_eq!(
            parse("// run x\n// args: 'a b' c\n"),
            Ok(Recipe::Run {
                args: vec!["x".into(), "a b".into(), "c".into()]
            })
        );
        assert_eq!(
            parse("// errorcheck\n"),
            Ok(Recipe::ErrorCheck {
                gcflags: vec![],
                want_error: true
            })
        );
        assert_eq!(
            parse("// errorcheck -0 -m -l\n"),
            Ok(Recipe::ErrorCheck {
                gcflags: vec!["-m".into(), "-l".into()],
                want_error: false
            })
        );
        assert_eq!(
            parse("// skip not yet\n"),
            Ok(Recipe::Skip("not yet".into()))
        );
        assert!(parse("package main\n").is_err());
        assert!(parse("// frobnicate\n").is_err());
    }

    #[test]
    fn quoting() {
        assert_eq!(
            split_quoted(r#"build -gcflags='-m -l' "a b"c"#).unwrap(),
            ["build", "-gcflags=-m -l", "a bc"]
        );
        assert_eq!(split_quoted("''").unwrap(), [""]);
        assert!(split_quoted("'x").is_err());
    }
}
