package org.legadvisor.report.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages in the application's log instead of its own console output. It reports each CSS feature
 * of the browser page it does not lay out (grid, custom properties ...): expected, so these are details for whoever
 * debugs the PDF; only severe messages are warnings.
 */
final class RendererLog implements XRLogger {

	private static final Logger LOG = LoggerFactory.getLogger("org.legadvisor.report.pdf.renderer");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			LOG.warn("{}: {}", where, message, error);
		}
		else if (LOG.isDebugEnabled()) {
			LOG.debug("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the application's logging configuration's to set.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue() || LOG.isDebugEnabled();
	}

}
