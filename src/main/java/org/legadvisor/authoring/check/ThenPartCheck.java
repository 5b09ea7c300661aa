package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Located;
import org.legadvisor.authoring.drl.Position;
import org.legadvisor.authoring.drl.RuleModel;

/**
 * A then-part may only conclude: {@code insert( Finding.from(kcontext) );} in a diagnosis rule or
 * {@code insertLogical( Signal.from("<id>", kcontext) );} in a signal rule, and nothing else. Anything more is the
 * way one edit takes the service down: {@code update} of a matched fact matches it again forever, a loop never ends,
 * {@code System.exit} stops the process, I/O reaches outside the rules. The check is a whitelist of those two
 * statements (spacing and comments aside), not a list of what is forbidden, so that nothing unforeseen slips through.
 * Functions declared in a rule file are refused for the same reason: they are code that a condition can call.
 * <p>
 * This is the first wall; the second is the limit on firings and time of every session
 * ({@link org.legadvisor.engine.RuleLimits}), which cannot stop a then-part that never returns.
 */
final class ThenPartCheck implements RuleCheck {

	static final String FINDING = "insert( Finding.from(kcontext) );";

	static final String SIGNAL = "insertLogical( Signal.from(\"<signal id>\", kcontext) );";

	private static final String ALLOWED = "write only " + FINDING + " in a rule that concludes a finding, or " + SIGNAL
			+ " in a rule that derives a signal";

	/** The two allowed statements, once spacing and comments are gone. */
	private static final Pattern CONCLUSION = Pattern
		.compile("insert\\(Finding\\.from\\(kcontext\\)\\);|insertLogical\\(Signal\\.from\\(\"[A-Za-z0-9._-]+\",kcontext\\)\\);");

	/** What a refused then-part does, in words, told by the first of these it contains (string contents masked). */
	private static final List<Doing> DOINGS = List.of(
			new Doing("\\b(System|Runtime|Thread|ProcessBuilder)\\b", "reaches outside the rules with %s"),
			new Doing("\\b(Class|getClass|forName|reflect|Method|Field)\\b", "uses reflection (%s)"),
			new Doing("\\b(File|Files|Path|Paths|Socket|URL|URI|InputStream|OutputStream|Reader|Writer|io|nio|net)\\b",
					"reads or writes outside the rules (%s)"),
			new Doing("\\b(update|modify|delete|retract)\\b",
					"changes or removes a fact with %s, which makes the rules match again, possibly forever"),
			new Doing("\\b(while|for|do)\\b", "loops (%s), which may never end"),
			new Doing("\\b(new)\\b", "creates an object with %s"),
			new Doing("\\b(drools|kcontext)\\b", "uses the rule engine directly (%s)"),
			new Doing("\\b(insert|insertLogical)\\b", "inserts something other than one finding or signal (%s)"));

	private record Doing(Pattern word, String words) {

		Doing(String word, String words) {
			this(Pattern.compile(word), words);
		}

	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			List<Located> parts = rule.thenParts();
			if (parts.size() > 1) {
				issues.add(RuleIssue.of(IssueKind.UNSAFE_CODE, rule, parts.get(1).at(), "rule \"" + rule.name()
						+ "\" has a named consequence (then[...]); a rule has one then-part, and " + ALLOWED));
			}
			if (!parts.isEmpty()) {
				check(rule, parts.get(0), issues);
			}
		}
		for (RuleModel.Function function : model.functions()) {
			issues.add(RuleIssue.of(IssueKind.UNSAFE_CODE, function.file(), function.at(), "function " + function.name()
					+ " is Java code that a condition could call, and rule files may not declare functions: "
					+ "compare answers and signals in the conditions instead"));
		}
		return issues;
	}

	private static void check(AuthoredRule rule, Located thenPart, List<RuleIssue> issues) {
		Code code = Code.of(thenPart.text());
		// The engine accepts a last statement without its semicolon; so does the check.
		Matcher conclusion = CONCLUSION.matcher(code.normal().endsWith(")") ? code.normal() + ";" : code.normal());
		int end = 0;
		int conclusions = 0;
		while (conclusion.find() && conclusion.start() == end) {
			end = conclusion.end();
			conclusions++;
		}
		if (conclusions == 1 && end >= code.normal().length()) {
			return;
		}
		String what;
		int at;
		if (conclusions == 0 && code.normal().isEmpty()) {
			what = "concludes nothing";
			at = 0;
		}
		else if (end >= code.normal().length()) {
			what = "concludes " + conclusions + " times";
			at = code.rawIndex(0);
		}
		else {
			String rest = code.masked().substring(end);
			Found found = doing(rest);
			at = code.rawIndex(end + found.index());
			what = found.words();
		}
		Position inPart = within(thenPart.text(), at);
		Position where = inPart.line() <= 1
				? new Position(thenPart.at().line(), thenPart.at().column() + Math.max(inPart.column() - 1, 0))
				: new Position(thenPart.at().line() + inPart.line() - 1, inPart.column());
		issues.add(RuleIssue.of(IssueKind.UNSAFE_CODE, rule, where, "rule \"" + rule.name()
				+ "\": a then-part may only conclude, but this one " + what + "; " + ALLOWED));
	}

	/** Where offset {@code at} of a then-part's code stands in that code: line and column, from 1. */
	private static Position within(String code, int at) {
		int offset = Math.max(0, Math.min(at, code.length()));
		int lineStart = code.lastIndexOf('\n', offset - 1) + 1;
		int line = 1 + (int) code.substring(0, lineStart).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - lineStart + 1);
	}

	private record Found(String words, int index) {
	}

	private static Found doing(String rest) {
		for (Doing doing : DOINGS) {
			Matcher m = doing.word().matcher(rest);
			if (m.find()) {
				return new Found(doing.words().formatted(m.group(1)), m.start());
			}
		}
		return new Found("does something other than insert one finding or signal", 0);
	}

	/**
	 * A then-part without comments and spacing outside string literals ({@code normal}; one space is kept between two
	 * words, so that {@code new java} stays two words), the same with the content of string literals masked
	 * ({@code masked}), and for each of their characters, where it stands in the raw code.
	 */
	private record Code(String normal, String masked, int[] raw) {

		int rawIndex(int index) {
			return raw.length == 0 ? 0 : raw[Math.min(index, raw.length - 1)];
		}

		static Code of(String code) {
			Builder out = new Builder();
			int i = 0;
			while (i < code.length()) {
				char c = code.charAt(i);
				if (c == '/' && code.startsWith("//", i)) {
					int eol = code.indexOf('\n', i);
					i = eol < 0 ? code.length() : eol;
					out.space();
				}
				else if (c == '/' && code.startsWith("/*", i)) {
					int close = code.indexOf("*/", i + 2);
					i = close < 0 ? code.length() : close + 2;
					out.space();
				}
				else if (c == '"' || c == '\'') {
					int close = literalEnd(code, i);
					for (int j = i; j < close; j++) {
						out.append(code.charAt(j), j == i || j == close - 1 ? code.charAt(j) : '_', j);
					}
					i = close;
				}
				else {
					if (Character.isWhitespace(c)) {
						out.space();
					}
					else {
						out.append(c, c, i);
					}
					i++;
				}
			}
			return new Code(out.normal.toString(), out.masked.toString(), out.raw.stream().mapToInt(Integer::intValue).toArray());
		}

		private static final class Builder {

			final StringBuilder normal = new StringBuilder();

			final StringBuilder masked = new StringBuilder();

			final List<Integer> raw = new ArrayList<>();

			boolean space;

			void space() {
				space = true;
			}

			void append(char c, char mask, int at) {
				if (space && !normal.isEmpty() && Character.isJavaIdentifierPart(normal.charAt(normal.length() - 1))
						&& Character.isJavaIdentifierPart(c)) {
					normal.append(' ');
					masked.append(' ');
					raw.add(at);
				}
				space = false;
				normal.append(c);
				masked.append(mask);
				raw.add(at);
			}

		}

		/** The index just after the literal that starts at {@code start}, or the end of the code. */
		private static int literalEnd(String code, int start) {
			char quote = code.charAt(start);
			for (int i = start + 1; i < code.length(); i++) {
				if (code.charAt(i) == '\\') {
					i++;
				}
				else if (code.charAt(i) == quote) {
					return i + 1;
				}
			}
			return code.length();
		}

	}

}
