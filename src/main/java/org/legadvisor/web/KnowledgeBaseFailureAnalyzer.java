package org.legadvisor.web;

import org.legadvisor.knowledge.KnowledgeBaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code serve} with a knowledge base that does not load names the file and line, not a stack trace. */
class KnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, KnowledgeBaseException cause) {
		return new FailureAnalysis("The knowledge base does not load: " + cause.getMessage(),
				"Fix the file named, or point --knowledge-base at the right folder, then start again.", cause);
	}

}
