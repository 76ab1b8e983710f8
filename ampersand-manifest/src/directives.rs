//! `# amp:ignore` directives: comments that silence warnings (never errors) at a key or list
//! item and everything below it, as the service's validator reads them.
//!
//! - `# amp:ignore` silences every warning; `# amp:ignore[rule-a, rule-b]` the named ones
//!   (a rule's printed id, or its check's name; `[]` is every warning).
//! - On its own line(s) directly above a key or list item (no blank line between; in a
//!   block of comments, its first directive counts), it covers that key or item.
//! - Trailing on a line, it covers the first key of that line (`read:  # amp:ignore`,
//!   `- objectName: x  # amp:ignore` covers `objectName` only), or the list item that starts
//!   there if no key does.
//! - A rule name no rule has is a warning of its own.
//!
//! Comments are found in the text line by line, outside quotes; a `#` inside a multi-line
//! quoted or block scalar that happens to read `amp:ignore` would count too.

use crate::problem::{Position, Problem};
use crate::rules;
use crate::tree::join;
use crate::yaml::{Node, Value};

/// The text that makes a comment a directive.
const MARK: &str = "amp:ignore";

/// One directive: the node it covers and the rules it names (`None`: every warning).
#[derive(Debug)]
struct Directive {
    path: String,
    rules: Option<Vec<String>>,
}

/// A node that starts on a line: a mapping key or a list item.
struct Anchor {
    line: usize,
    column: usize,
    depth: usize,
    path: String,
    key: bool,
}

/// `problems` without the warnings the directives of `text` silence, the number silenced,
/// and a warning for each rule name a directive gives that no rule has.
pub(crate) fn apply(text: &str, root: &Node, problems: Vec<Problem>) -> (Vec<Problem>, usize) {
    let mut anchors = Vec::new();
    index(root, "", 0, &mut anchors);
    let (directives, mut unknown) = read(text, &anchors);
    let before = problems.len();
    let mut kept: Vec<Problem> = problems
        .into_iter()
        .filter(|p| p.is_error() || !directives.iter().any(|d| d.covers(p)))
        .collect();
    let silenced = before - kept.len();
    kept.append(&mut unknown);
    (kept, silenced)
}

impl Directive {
    fn covers(&self, problem: &Problem) -> bool {
        let path = problem.path.to_ascii_lowercase();
        let own = self.path.to_ascii_lowercase();
        let under = path == own
            || own.is_empty()
            || path
                .strip_prefix(&own)
                .is_some_and(|rest| rest.starts_with(['.', '[']));
        under
            && self.rules.as_ref().is_none_or(|names| {
                names
                    .iter()
                    .any(|n| n == problem.rule.id || n == problem.rule.check)
            })
    }
}

/// Every key and list item with the line it starts on.
fn index(node: &Node, path: &str, depth: usize, out: &mut Vec<Anchor>) {
    match &node.value {
        Value::Map(entries) => {
            for (key, value) in entries {
                let path = join(path, &key.text);
                out.push(Anchor {
                    line: key.at.line,
                    column: key.at.column,
                    depth,
                    path: path.clone(),
                    key: true,
                });
                index(value, &path, depth + 1, out);
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("{path}[{i}]");
                out.push(Anchor {
                    line: item.at.line,
                    column: item.at.column,
                    depth,
                    path: path.clone(),
                    key: false,
                });
                index(item, &path, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// The directives of `text`, placed, and the warnings about the rule names they give.
fn read(text: &str, anchors: &[Anchor]) -> (Vec<Directive>, Vec<Problem>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut above = Vec::new();
    let mut trailing = Vec::new();
    let mut unknown = Vec::new();
    let mut block_has_directive = false;
    for (i, line) in lines.iter().enumerate() {
        let number = i + 1;
        let Some((column, text)) = comment(line) else {
            block_has_directive = false;
            continue;
        };
        let own_line = line[..column].trim().is_empty();
        let Some(rules) = directive(text) else {
            continue;
        };
        let at = Position::new(number, line[..column].chars().count() + 1);
        for name in rules.iter().flatten().filter(|n| !rules::is_known(n)) {
            unknown.push(Problem::new(
                &rules::UNKNOWN_DIRECTIVE_RULE,
                "",
                at,
                format!("`{name}` in `# {MARK}[…]` is not a rule: it silences nothing"),
            ));
        }
        if own_line {
            if block_has_directive {
                continue;
            }
            block_has_directive = true;
            // the first line after the comment block, which must follow it at once
            let target = lines[i + 1..]
                .iter()
                .enumerate()
                .find(|(_, l)| comment(l).is_none_or(|(c, _)| !l[..c].trim().is_empty()))
                .map(|(k, _)| number + 1 + k);
            let Some(target) = target else { continue };
            let outermost = anchors
                .iter()
                .filter(|a| a.line == target)
                .min_by_key(|a| (a.depth, a.column));
            if let Some(anchor) = outermost {
                above.push(Directive {
                    path: anchor.path.clone(),
                    rules,
                });
            }
        } else {
            let on_line = || anchors.iter().filter(|a| a.line == number);
            let first_key = on_line().filter(|a| a.key).min_by_key(|a| a.column);
            let target = first_key.or_else(|| on_line().min_by_key(|a| (a.depth, a.column)));
            if let Some(anchor) = target {
                trailing.push(Directive {
                    path: anchor.path.clone(),
                    rules,
                });
            }
        }
    }
    // a directive above and a trailing one on the same node: the trailing one stands
    above.retain(|a| !trailing.iter().any(|t| t.path == a.path));
    above.extend(trailing);
    (above, unknown)
}

/// The rules a comment's directive names: `None` for every warning, or not a directive.
#[allow(clippy::option_option)]
fn directive(comment: &str) -> Option<Option<Vec<String>>> {
    let start = comment.find(MARK)?;
    let rest = &comment[start + MARK.len()..];
    let Some(list) = rest.strip_prefix('[') else {
        return Some(None);
    };
    let list = list.split(']').next().unwrap_or_default();
    let names: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    Some((!names.is_empty()).then_some(names))
}

/// Where a line's comment starts (its byte offset) and its text after `#`: a `#` at the
/// start or after a space, outside quotes.
fn comment(line: &str) -> Option<(usize, &str)> {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '#') if previous.is_whitespace() => return Some((i, &line[i + 1..])),
            (None, '\'' | '"')
                if previous.is_whitespace() || matches!(previous, ':' | '[' | '{' | ',' | '-') =>
            {
                quote = Some(c)
            }
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        previous = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_found_outside_quotes() {
        assert_eq!(comment("a: 1 # x").map(|c| c.1), Some(" x"));
        assert_eq!(comment("# x").map(|c| c.0), Some(0));
        assert_eq!(comment("a: 'b # c'"), None);
        assert_eq!(comment("a: \"b # c\" # d").map(|c| c.1), Some(" d"));
        assert_eq!(comment("a: b#c"), None);
    }

    #[test]
    fn directives_name_their_rules() {
        assert_eq!(directive(" amp:ignore"), Some(None));
        assert_eq!(directive(" note amp:ignore[]"), Some(None));
        assert_eq!(
            directive(" amp:ignore[unknown-key, destination-exists]"),
            Some(Some(vec![
                "unknown-key".into(),
                "destination-exists".into()
            ]))
        );
        assert_eq!(directive(" ignore"), None);
    }
}
