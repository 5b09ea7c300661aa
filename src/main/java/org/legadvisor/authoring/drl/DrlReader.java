package org.legadvisor.authoring.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;

/**
 * Reads the rules of a rules folder as written, with Drools' own DRL parser: names, positions, metadata, the
 * patterns of the conditions and the signals and findings the consequences insert. Nothing is compiled.
 */
public final class DrlReader {

	private static final Pattern SIGNAL_INSERT = Pattern.compile("\\bSignal\\s*\\.\\s*from\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

	private static final Pattern FINDING_INSERT = Pattern.compile("\\bFinding\\s*\\.\\s*from\\s*\\(|\\bnew\\s+Finding\\s*\\(");

	private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");

	public RuleModel read(RuleSources sources) {
		List<AuthoredRule> rules = new ArrayList<>();
		List<RuleProblem> errors = new ArrayList<>();
		List<RuleModel.Function> functions = new ArrayList<>();
		for (RuleSources.RuleFile file : sources.files()) {
			read(file, rules, errors, functions);
		}
		return new RuleModel(rules, errors, sources.files().size(), functions);
	}

	private void read(RuleSources.RuleFile file, List<AuthoredRule> rules, List<RuleProblem> errors,
			List<RuleModel.Function> functions) {
		DrlParser parser = new DrlParser();
		PackageDescr parsed;
		try {
			parsed = parser.parse(false, file.text());
		}
		catch (DroolsParserException e) {
			errors.add(new RuleProblem(RuleProblem.Level.ERROR, file.path(), Math.max(e.getLineNumber(), 0),
					Math.max(e.getColumn(), 0), e.getMessage()));
			return;
		}
		if (parser.hasErrors() || parsed == null) {
			parser.getErrors().stream().map(e -> problem(file.path(), e)).distinct().forEach(errors::add);
			if (parser.getErrors().isEmpty()) {
				errors.add(new RuleProblem(RuleProblem.Level.ERROR, file.path(), 0, 0, "the file could not be read as DRL"));
			}
			return;
		}
		SourceText source = new SourceText(file.text());
		for (FunctionDescr function : parsed.getFunctions()) {
			functions.add(new RuleModel.Function(file.path(), function.getName(),
					source.position(function.getLine(), function.getColumn())));
		}
		for (RuleDescr rule : parsed.getRules()) {
			if (!rule.isQuery()) {
				rules.add(rule(file.path(), source, rule));
			}
		}
	}

	private static RuleProblem problem(String file, DroolsError error) {
		if (error instanceof ParserError parse) {
			return new RuleProblem(RuleProblem.Level.ERROR, file, Math.max(parse.getRow(), 0),
					parse.getRow() > 0 ? parse.getCol() + 1 : 0, ParserMessage.plain(parse.getMessage()));
		}
		int[] lines = error.getLines();
		return new RuleProblem(RuleProblem.Level.ERROR, file, lines.length > 0 ? Math.max(lines[0], 0) : 0, 0,
				ParserMessage.plain(error.getMessage()));
	}

	private AuthoredRule rule(String file, SourceText source, RuleDescr rule) {
		Position at = source.position(rule.getLine(), rule.getColumn());
		String consequence = String.valueOf(rule.getConsequence());
		List<Located> signals = insertedSignals(source, rule, at);
		AuthoredRule.Role role = FINDING_INSERT.matcher(consequence).find() ? AuthoredRule.Role.DIAGNOSIS
				: signals.isEmpty() ? AuthoredRule.Role.OTHER : AuthoredRule.Role.SIGNAL;
		return new AuthoredRule(file, at, rule.getName(), role, metadata(source, rule, at),
				new PatternCollector(source).collect(rule.getLhs()), signals, new ConditionKey(source).of(rule.getLhs()),
				thenParts(source, rule, at));
	}

	/** The consequence's code as written, placed where its text starts, then any named consequences. */
	private static List<Located> thenParts(SourceText source, RuleDescr rule, Position ruleAt) {
		String code = rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
		int thenLine = source.offset(rule.getConsequenceLine(), 0);
		int start = thenLine < 0 ? -1 : source.text().indexOf(code, thenLine);
		Position thenAt = thenLine < 0 ? ruleAt : source.position(thenLine);
		List<Located> parts = new ArrayList<>();
		parts.add(new Located(code, start < 0 ? thenAt : source.position(start)));
		rule.getNamedConsequences().values().forEach(named -> parts.add(new Located(String.valueOf(named), thenAt)));
		return parts;
	}

	private static List<MetadataEntry> metadata(SourceText source, RuleDescr rule, Position ruleAt) {
		int start = ruleStart(source, rule);
		String header = header(source, rule, start);
		List<MetadataEntry> entries = new ArrayList<>();
		for (AnnotationDescr annotation : rule.getAnnotations()) {
			String value = annotation.hasValue() ? AnnotationDescr.unquote(String.valueOf(annotation.getValue())).strip() : "";
			Matcher m = Pattern.compile("@" + Pattern.quote(annotation.getName()) + "\\s*\\(").matcher(header);
			if (start < 0 || !m.find()) {
				entries.add(new MetadataEntry(annotation.getName(), value, ruleAt, items(value, null, 0, ruleAt)));
				continue;
			}
			int quote = header.indexOf('"', m.end());
			int offset = start + (quote < 0 ? m.start() : quote + 1);
			entries.add(new MetadataEntry(annotation.getName(), value, source.position(start + m.start()),
					items(value, source, offset, ruleAt)));
		}
		// The parser keeps annotations in no particular order; readers expect the order of the file.
		entries.sort(java.util.Comparator.comparingInt((MetadataEntry e) -> e.at().line()).thenComparingInt(e -> e.at().column()));
		return entries;
	}

	/** Splits a metadata value at commas; each item is placed where it stands in the value's text. */
	private static List<Located> items(String value, SourceText source, int valueOffset, Position fallback) {
		List<Located> items = new ArrayList<>();
		String text = source == null ? "" : source.slice(valueOffset, valueOffset + value.length() + 200);
		int from = 0;
		for (String item : value.split(",")) {
			String id = item.strip();
			if (id.isEmpty()) {
				continue;
			}
			int index = text.indexOf(id, from);
			items.add(new Located(id, index < 0 ? fallback : source.position(valueOffset + index)));
			from = index < 0 ? from : index + id.length();
		}
		return items;
	}

	private static int ruleStart(SourceText source, RuleDescr rule) {
		if (rule.getStartCharacter() >= 0) {
			return rule.getStartCharacter();
		}
		return source.offset(rule.getLine(), Math.max(rule.getColumn(), 0));
	}

	/** The text from {@code rule} to the conditions, where the metadata stands. */
	private static String header(SourceText source, RuleDescr rule, int start) {
		if (start < 0) {
			return "";
		}
		String rest = source.slice(start, rule.getEndCharacter() > start ? rule.getEndCharacter() + 1 : Integer.MAX_VALUE);
		Matcher when = WHEN.matcher(SourceText.mask(rest));
		return when.find() ? rest.substring(0, when.start()) : rest;
	}

	private static List<Located> insertedSignals(SourceText source, RuleDescr rule, Position ruleAt) {
		List<Located> signals = new ArrayList<>();
		int from = source.offset(rule.getConsequenceLine(), 0);
		int to = rule.getEndCharacter() > 0 ? rule.getEndCharacter() + 1 : Integer.MAX_VALUE;
		String text = from < 0 ? String.valueOf(rule.getConsequence()) : source.slice(from, to);
		Matcher m = SIGNAL_INSERT.matcher(text);
		while (m.find()) {
			String literal = m.group(1);
			String id = literal.substring(1, literal.length() - 1);
			signals.add(new Located(id, from < 0 ? ruleAt : source.position(from + m.start(1) + 1)));
		}
		return signals;
	}

}
