package org.legadvisor.web.workspace;

/**
 * What the report page shows of the LEG's memory, drawn by {@code workspace-report.html}: the way back to the LEG and,
 * on a report not yet saved, the form that saves it as a round of that LEG ({@code saveAction} with the answers and
 * the CSRF token; null on a stored round).
 */
record WorkspaceBar(String legName, String legHref, String saveAction, String csrfName, String csrfToken,
		String answersJson) {
}
